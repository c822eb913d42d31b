import type { CreateProgrammeEventInput } from '@/gql/graphql';

export interface ProgrammeFormValues {
  name: string;
  startsOn: string;
  endsOn: string;
  description: string;
  agencyIds: string[];
}

export type ProgrammeEventValues = Required<Omit<CreateProgrammeEventInput, 'endsOn'>> & { endsOn: string | null };
