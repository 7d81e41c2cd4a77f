import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower case; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id hash; null until a password is set. Never leaves the identity library. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * A UK mobile number in E.164 form (+447…) for urgent notifications by SMS; null when
   * none was given. Personal data: only the person, their organisations' admins and
   * system administrators see it (DirectoryAccess.canSeeMobileNumber).
   */
  @Column({ name: 'mobile_number', type: 'text', nullable: true })
  mobileNumber: string | null;

  /**
   * Bumped when the user is deactivated or changes password: access tokens carry it, so
   * older tokens stop working on the very next request.
   */
  @Column({ name: 'session_version', type: 'int', default: 1 })
  sessionVersion: number;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
