import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IgRecipient } from '../ig-enums';

/** A notification made (table `ig_notification`, immutable); further phases are further rows (Art. 33(4)). */
@Entity({ name: 'ig_notification' })
export class IgNotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ type: 'text' })
  recipient: IgRecipient;

  @Column({ type: 'int' })
  phase: number;

  /** The current REPORTABLE decision it carried out (none for senior management). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @Column({ name: 'notified_at', type: 'timestamptz' })
  notifiedAt: Date;

  @Column({ name: 'external_reference', type: 'text', nullable: true })
  externalReference: string | null;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  /** A first notification made after its clock's deadline. */
  @Column({ type: 'boolean' })
  late: boolean;

  @Column({ name: 'delay_reason', type: 'text', nullable: true })
  delayReason: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
