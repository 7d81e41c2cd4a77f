import { Global, Module } from '@nestjs/common';
import { AuditAppender } from './audit-appender';

@Global()
@Module({ providers: [AuditAppender], exports: [AuditAppender] })
export class AuditModule {}
