import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CHAIN_ID, HEAD_HASH } from '@muster/platform-audit';
import { VerifyAuditChainArgs } from './audit-trail.inputs';

@InputType({
  description: 'A chain’s entry of a checkpoint written by `npm run audit:checkpoint`, as it appears in the file.',
})
export class AuditCheckpointEntryInput {
  @Field({ description: 'The organisation id, or `ics`: must be the chain verified.' })
  @IsString()
  @Matches(CHAIN_ID, { message: 'must be an organisation id (lower case) or "ics"' })
  chainId: string;

  @Field(() => Float, { description: 'How many events the chain had at the checkpoint.' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  seq: number;

  @Field({ description: 'The hash of event `seq` at the checkpoint.' })
  @IsString()
  @Matches(HEAD_HASH, { message: 'must be 64 lower-case hex digits' })
  headHash: string;
}

@ArgsType()
export class VerifyAuditChainWithCheckpointArgs extends VerifyAuditChainArgs {
  @Field(() => AuditCheckpointEntryInput, {
    nullable: true,
    description:
      'The chain’s entry of a checkpoint kept outside Muster (check the file’s signature first): the chain must exist, reach its seq and have its hash there. Not with from or to.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditCheckpointEntryInput)
  checkpoint?: AuditCheckpointEntryInput;
}
