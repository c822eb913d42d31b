import { registerEnumType } from '@nestjs/graphql';

export enum ChangeProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(ChangeProposalStatus, { name: 'ChangeProposalStatus' });
