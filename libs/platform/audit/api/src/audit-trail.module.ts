import { Global, Module } from '@nestjs/common';
import { AuditHistoryVisibility } from './audit-access';
import { AuditExportController } from './audit-export.controller';
import { AuditExportService } from './audit-export.service';
import { AuditTrailResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuditVerificationService } from './audit-verification.service';

/**
 * Reading, verifying and exporting the audit trail. Global so that any domain can
 * register its history visibility check (`AuditHistoryVisibility`).
 */
@Global()
@Module({
  controllers: [AuditExportController],
  providers: [
    AuditTrailService,
    AuditVerificationService,
    AuditExportService,
    AuditTrailResolver,
    AuditHistoryVisibility,
  ],
  exports: [AuditHistoryVisibility, AuditVerificationService],
})
export class AuditTrailModule {}
