import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HolderFacts, OrganisationFacts, RunbookFacts, TemplateFacts } from '../rules/readiness.facts';
import { matrixRunbookFactsStatement, MatrixRunbooksRow, toMatrixRunbookFacts } from '../packed-matrix/packed-matrix';
import {
  holdersStatement,
  organisationsStatement,
  ReadinessScope,
  runbookFactsStatement,
  RunbookFactsRow,
  SqlStatement,
  templatesStatement,
  toOrganisationFacts,
  toRunbookFacts,
  toTemplateFacts,
  UncoveredStepRow,
  uncoveredStepsStatement,
} from './readiness.sql';

type OrganisationRow = Parameters<typeof toOrganisationFacts>[0];
type TemplateRow = Parameters<typeof toTemplateFacts>[0];

/** Reads the facts readiness is derived from: one set-based statement per method. */
@Injectable()
export class ReadinessStore {
  constructor(private readonly dataSource: DataSource) {}

  async organisations(): Promise<OrganisationFacts[]> {
    return (await this.run<OrganisationRow>(organisationsStatement())).map(toOrganisationFacts);
  }

  async organisation(id: string): Promise<OrganisationFacts | null> {
    const [row] = await this.run<OrganisationRow>(organisationsStatement(id));
    return row ? toOrganisationFacts(row) : null;
  }

  /** Whether any of `ids` is the ICB. */
  async includesIcb(ids: readonly string[]): Promise<boolean> {
    const rows = await this.run({
      sql: `SELECT 1 FROM organisation WHERE id = ANY ($1::uuid[]) AND kind = 'ICB' LIMIT 1`,
      params: [ids],
    });
    return rows.length > 0;
  }

  /** With their labels (ids, titles, dates), for words. */
  async runbooks(scope: ReadinessScope): Promise<RunbookFacts[]> {
    return (await this.run<RunbookFactsRow>(runbookFactsStatement(scope))).map(toRunbookFacts);
  }

  /** Without labels, in one compact value per organisation (the matrix only counts gaps: packed-matrix/). */
  async matrixRunbooks(scope: ReadinessScope): Promise<RunbookFacts[]> {
    return toMatrixRunbookFacts(await this.run<MatrixRunbooksRow>(matrixRunbookFactsStatement(scope)));
  }

  /** `at`: the start of the on-call horizon (the injected clock). */
  holders(organisationId?: string, at?: Date): Promise<HolderFacts[]> {
    return this.run<HolderFacts>(holdersStatement(organisationId, at));
  }

  async templates(scope: ReadinessScope): Promise<TemplateFacts[]> {
    return (await this.run<TemplateRow>(templatesStatement(scope))).map(toTemplateFacts);
  }

  uncoveredSteps(organisationId: string, dutyKeys: readonly string[]): Promise<UncoveredStepRow[]> {
    return this.run<UncoveredStepRow>(uncoveredStepsStatement(organisationId, dutyKeys));
  }

  private run<T>({ sql, params }: SqlStatement): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }
}
