import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { ApiKeyStore } from './api-key.store';
import { ApiKeyStrategy } from './api-key.strategy';

export const API_KEY_PROVIDERS = [ApiKeyStore, ApiKeyAuthenticator, ApiKeyStrategy, ApiKeyService, ApiKeyResolver];
