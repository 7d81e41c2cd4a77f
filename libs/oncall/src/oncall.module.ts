import { Module } from '@nestjs/common';
import { IncidentsModule } from '@muster/incidents';
import { PostureModule } from '@muster/posture';
import { NotificationsModule } from '@muster/notifications';
import { PageAckController } from './pages/page-ack.controller';
import { PageEngine } from './pages/page-engine';
import { PageLive } from './pages/page-live';
import { PageResolver } from './pages/page.resolver';
import { PageStore } from './pages/page.store';
import { PageTriggers } from './pages/page-triggers';
import { PagesService } from './pages/pages.service';
import { PoliciesService } from './policies/policies.service';
import { PolicyResolver } from './policies/policy.resolver';
import { PolicyStore } from './policies/policy.store';
import { RotaResolver } from './rotas/rota.resolver';
import { RotaStore } from './rotas/rota.store';
import { RotasService } from './rotas/rotas.service';

/**
 * On-call: rotas per organisation and duty (layers, overrides, Europe/London handovers),
 * escalation policies, and pages that escalate level by level until someone acknowledges
 * (from the API or a one-time link). Raised by hand, or by incidents and IG events through
 * the registries those domains expose.
 */
@Module({
  imports: [NotificationsModule, IncidentsModule, PostureModule],
  controllers: [PageAckController],
  providers: [
    RotaStore,
    PolicyStore,
    PageStore,
    RotasService,
    PoliciesService,
    PageLive,
    PageEngine,
    PagesService,
    PageTriggers,
    RotaResolver,
    PolicyResolver,
    PageResolver,
  ],
  exports: [PagesService, RotasService],
})
export class OnCallModule {}
