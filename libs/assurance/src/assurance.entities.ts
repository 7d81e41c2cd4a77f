import { AssuranceAssessmentEntity } from './assessments/assessment.entity';
import { AssuranceFrameworkEntity } from './frameworks/framework.entity';

/** The entities of the assurance library, for TypeOrmModule.forFeature. Sections and requirements are written and read in SQL. */
export const ASSURANCE_ENTITIES = [AssuranceFrameworkEntity, AssuranceAssessmentEntity];
