import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganisationKind } from './organisation-kind';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** NHS Organisation Data Service code, upper case (e.g. `QNC`, `RJE`). */
  @Column({ name: 'ods_code', type: 'text', unique: true })
  odsCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
