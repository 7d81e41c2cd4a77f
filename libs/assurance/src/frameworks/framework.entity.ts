import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FrameworkKind } from './framework-kind';

/** A framework version, imported once from its file and never changed. */
@Entity({ name: 'assurance_framework' })
export class AssuranceFrameworkEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  kind: FrameworkKind;

  @Column({ type: 'text', default: '' })
  source: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy: string | null;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}
