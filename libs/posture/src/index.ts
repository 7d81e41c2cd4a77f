export * from './posture.audit';
export * from './posture.module';
export * from './reports/posture-ingestion.service';
export * from './reports/posture.inputs';
export * from './reports/posture.types';
