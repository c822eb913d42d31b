import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Visibility } from '../../articles/article-status';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../course-offer-enums';
import { DirectoryEntryKind } from '../directory-entry-kind';

/** A code of a managed list (language, target group, topic) with its German name. */
@ObjectType('DirectoryListItem')
export class DirectoryListItemModel {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType('DirectoryAddress')
export class DirectoryAddressModel {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  district: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field({ description: 'True when the point is the postal code’s centre.' })
  coordinatesApproximate: boolean;
}

@ObjectType('DirectoryOpeningHours')
export class DirectoryOpeningHoursModel {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  weekday: number;

  @Field(() => String, { nullable: true })
  opens: string | null;

  @Field(() => String, { nullable: true })
  closes: string | null;

  @Field()
  note: string;
}

@ObjectType('DirectoryCourseOffer')
export class DirectoryCourseOfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => CourseType)
  type: CourseType;

  @Field(() => CefrLevel, { nullable: true })
  cefrLevel: CefrLevel | null;

  @Field(() => CourseFormat)
  format: CourseFormat;

  @Field(() => CourseSchedule)
  schedule: CourseSchedule;

  @Field(() => String, { nullable: true })
  nextStartDate: string | null;

  @Field(() => Int, { nullable: true })
  placesFree: number | null;

  @Field()
  childcare: boolean;

  @Field(() => DirectoryAddressModel, { nullable: true })
  location: DirectoryAddressModel | null;

  @Field()
  approvalNumber: string;

  @Field()
  note: string;
}

@ObjectType('DirectoryAgencyRef')
export class DirectoryAgencyRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** What anyone allowed to see the entry may read; personal and internal data are under `internal`. */
@ObjectType('DirectoryEntry')
export class DirectoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => DirectoryEntryKind)
  kind: DirectoryEntryKind;

  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => GraphQLJSON)
  description: unknown;

  @Field()
  descriptionHtml: string;

  @Field(() => [DirectoryAddressModel])
  addresses: DirectoryAddressModel[];

  @Field(() => [DirectoryOpeningHoursModel])
  openingHours: DirectoryOpeningHoursModel[];

  @Field()
  openingHoursNote: string;

  @Field()
  phone: string;

  @Field()
  email: string;

  @Field()
  website: string;

  @Field(() => [DirectoryListItemModel])
  languages: DirectoryListItemModel[];

  @Field(() => [DirectoryListItemModel])
  targetGroups: DirectoryListItemModel[];

  @Field()
  accessibilityNotes: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => [DirectoryCourseOfferModel])
  courseOffers: DirectoryCourseOfferModel[];

  @Field(() => [String])
  communities: string[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2.' })
  countriesOfOrigin: string[];

  @Field(() => [DirectoryListItemModel])
  topics: DirectoryListItemModel[];

  @Field(() => DirectoryAgencyRefModel, { nullable: true, description: 'The responsible agency.' })
  agency: DirectoryAgencyRefModel | null;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field()
  lastVerifiedAt: Date;

  @Field({ description: 'When the entry is due for verification (interval of its kind).' })
  verificationDueAt: Date;

  @Field({ description: 'Not verified within the interval of its kind: show "may be outdated".' })
  isOutdated: boolean;

  @Field(() => Float, { nullable: true, description: 'km to the `near` postal code, when filtered by distance.' })
  distanceKm: number | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Not exposed directly; resolved by the internal field for signed-in viewers. */
  ownerId: string | null;
  ownerTeamId?: string | null;
  lastVerifiedById: string | null;
  externalId: string | null;
  cooperationSince: string | null;
  cooperationKind: string;
  cooperationAgencyContact: string;
}
