import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { OrganisationsService } from '@muster/identity';
import { toExercise } from '../exercises.mappers';
import { ExerciseAccess } from './exercise.access';
import { ExercisesArgs } from './exercise.inputs';
import { ExerciseStore } from './exercise.store';
import { Exercise } from './exercise.types';

// Keyset on (held_at, id), newest first.
const CURSOR = new KeysetCursor('exercises', ['timestamp', 'uuid']);

/** Reading exercises, scoped to what the caller may see. */
@Injectable()
export class ExerciseQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ExerciseStore,
    private readonly organisations: OrganisationsService,
  ) {}

  /** One page, newest first: one statement whatever the page size (nested fields through loaders). */
  async list(principal: Principal, args: ExercisesArgs): Promise<Connection<Exercise>> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    const scope = icbLead ? { all: true as const } : AccessPolicy.organisationScope(principal);
    const rows = await this.store.page(
      this.db.manager,
      scope,
      args.filter ?? {},
      args.first + 1,
      args.after ? CURSOR.decode(args.after) : null,
    );
    return toConnection(rows, args.first, CURSOR, (r) => [r.heldAt.toISOString(), r.id], toExercise);
  }

  async get(principal: Principal, id: string): Promise<Exercise> {
    const row = await this.store.findById(this.db.manager, id);
    ExerciseAccess.assertCanSee(principal, row, row ? await this.organisations.isIcbEprrLead(principal) : false);
    return toExercise(row as NonNullable<typeof row>);
  }
}
