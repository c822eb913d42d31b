/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n}": typeof types.MySessionsDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": typeof types.RevokeSessionDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  displayName\n  role\n  functions\n  active\n  lastLoginAt\n  agency {\n    id\n    name\n  }\n}": typeof types.AdminUserFieldsFragmentDoc,
    "query Agencies {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n}": typeof types.AgenciesDocument,
    "mutation CreateAgency($input: CreateAgencyInput!) {\n  createAgency(input: $input) {\n    id\n    name\n    kind\n    region\n  }\n}": typeof types.CreateAgencyDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.CreateUserDocument,
    "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": typeof types.DeactivateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.UpdateUserDocument,
    "query Users {\n  users {\n    ...AdminUserFields\n  }\n}": typeof types.UsersDocument,
    "query ArticleBySlug($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    summary\n    tags\n    bodyHtml\n    body\n    kind\n    language\n    status\n    visibility\n    createdAt\n    updatedAt\n    publishedAt\n    revisionNumber\n    viewerCanEdit\n    headings {\n      level\n      text\n      anchor\n    }\n    category {\n      id\n      path {\n        id\n        slug\n        name\n      }\n    }\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    updatedBy {\n      id\n      displayName\n    }\n  }\n}": typeof types.ArticleBySlugDocument,
    "query RecentArticles($first: Int = 10) {\n  articles(first: $first, orderBy: UPDATED_DESC) {\n    edges {\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n        category {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}": typeof types.RecentArticlesDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    id\n    email\n    displayName\n    role\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}": typeof types.MeDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    articleCount\n    children {\n      id\n      slug\n      name\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n    }\n  }\n}": typeof types.CategoriesDocument,
    "query CategoryArticles($categoryId: ID!, $first: Int = 20, $after: String) {\n  articles(\n    first: $first\n    after: $after\n    filter: {categoryId: $categoryId, includeSubcategories: false}\n    orderBy: TITLE_ASC\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n      }\n    }\n  }\n}": typeof types.CategoryArticlesDocument,
    "query CategoryBySlug($slug: String!) {\n  category(slug: $slug) {\n    id\n    slug\n    name\n    description\n    articleCount\n    path {\n      id\n      slug\n      name\n    }\n    children {\n      id\n      slug\n      name\n      description\n      articleCount\n    }\n  }\n}": typeof types.CategoryBySlugDocument,
    "query CollaborationToken {\n  collaborationToken\n}": typeof types.CollaborationTokenDocument,
    "mutation AddDirectoryContactPerson($entryId: ID!, $input: DirectoryContactPersonInput!) {\n  addDirectoryContactPerson(entryId: $entryId, input: $input) {\n    id\n  }\n}": typeof types.AddDirectoryContactPersonDocument,
    "fragment AdminDirectoryCodeFields on DirectoryCode {\n  list\n  code\n  name\n  position\n  archived\n}": typeof types.AdminDirectoryCodeFieldsFragmentDoc,
    "query AdminDirectoryCodes($list: DirectoryCodeList!) {\n  directoryCodes(list: $list, includeArchived: true) {\n    ...AdminDirectoryCodeFields\n  }\n}": typeof types.AdminDirectoryCodesDocument,
    "mutation CreateDirectoryCode($input: CreateDirectoryCodeInput!) {\n  createDirectoryCode(input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}": typeof types.CreateDirectoryCodeDocument,
    "mutation CreateDirectoryEntry($input: CreateDirectoryEntryInput!) {\n  createDirectoryEntry(input: $input) {\n    id\n    version\n  }\n}": typeof types.CreateDirectoryEntryDocument,
    "mutation DeleteDirectoryEntry($id: ID!) {\n  deleteDirectoryEntry(id: $id)\n}": typeof types.DeleteDirectoryEntryDocument,
    "fragment DirectoryAddressFields on DirectoryAddress {\n  id\n  label\n  street\n  postalCode\n  city\n  district\n}": typeof types.DirectoryAddressFieldsFragmentDoc,
    "query DirectoryCodeLists {\n  directoryCodeLists {\n    languages {\n      code\n      name\n    }\n    targetGroups {\n      code\n      name\n    }\n    organisationTopics {\n      code\n      name\n    }\n  }\n}": typeof types.DirectoryCodeListsDocument,
    "fragment DirectoryContactCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  email\n  website\n  isOutdated\n  addresses {\n    id\n    label\n    street\n    postalCode\n    city\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n}": typeof types.DirectoryContactCardFieldsFragmentDoc,
    "query DirectoryContactCardSearch($text: String!) {\n  directoryEntries(filter: {text: $text}, first: 8) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        shortName\n        addresses {\n          id\n          city\n        }\n      }\n    }\n  }\n}": typeof types.DirectoryContactCardSearchDocument,
    "query DirectoryContactCards($ids: [ID!]!) {\n  directoryEntriesByIds(ids: $ids) {\n    ...DirectoryContactCardFields\n  }\n}": typeof types.DirectoryContactCardsDocument,
    "query DirectoryEntries($filter: DirectoryFilter, $first: Int!, $after: String) {\n  directoryEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DirectoryEntryCardFields\n      }\n    }\n    facets {\n      kinds {\n        value\n        label\n        count\n      }\n      courseTypes {\n        value\n        label\n        count\n      }\n      cefrLevels {\n        value\n        label\n        count\n      }\n      formats {\n        value\n        label\n        count\n      }\n      languages {\n        value\n        label\n        count\n      }\n      targetGroups {\n        value\n        label\n        count\n      }\n      districts {\n        value\n        label\n        count\n      }\n      childcare\n      openNow\n      startsWithin {\n        weeks\n        count\n      }\n    }\n  }\n}": typeof types.DirectoryEntriesDocument,
    "query DirectoryEntry($id: ID!) {\n  directoryEntry(id: $id) {\n    ...DirectoryEntryDetailFields\n  }\n}": typeof types.DirectoryEntryDocument,
    "fragment DirectoryEntryCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  isOutdated\n  distanceKm\n  version\n  addresses {\n    ...DirectoryAddressFields\n  }\n  languages {\n    code\n    name\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  courseOffers {\n    id\n    type\n    cefrLevel\n    nextStartDate\n    childcare\n  }\n}": typeof types.DirectoryEntryCardFieldsFragmentDoc,
    "fragment DirectoryEntryDetailFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  description\n  descriptionHtml\n  phone\n  email\n  website\n  accessibilityNotes\n  tags\n  visibility\n  version\n  isOutdated\n  lastVerifiedAt\n  verificationDueAt\n  updatedAt\n  communities\n  countriesOfOrigin\n  agency {\n    id\n    name\n  }\n  addresses {\n    ...DirectoryAddressFields\n    latitude\n    longitude\n    coordinatesApproximate\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  languages {\n    code\n    name\n  }\n  targetGroups {\n    code\n    name\n  }\n  topics {\n    code\n    name\n  }\n  courseOffers {\n    id\n    type\n    cefrLevel\n    format\n    schedule\n    nextStartDate\n    placesFree\n    childcare\n    approvalNumber\n    note\n    location {\n      id\n    }\n  }\n  internal {\n    externalId\n    viewerCanDelete\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    lastVerifiedBy {\n      id\n      displayName\n    }\n    cooperation {\n      since\n      kind\n      agencyContact\n    }\n    contactPersons {\n      id\n      name\n      role\n      phone\n      email\n      languages\n      consentGivenOn\n    }\n    history {\n      id\n      action\n      changedAt\n      version\n      changedBy {\n        id\n        displayName\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n}": typeof types.DirectoryEntryDetailFieldsFragmentDoc,
    "query DirectoryEntryReferences($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    referencingArticles {\n      id\n      slug\n      title\n    }\n    referencingProjects {\n      id\n      slug\n      title\n      public\n    }\n  }\n}": typeof types.DirectoryEntryReferencesDocument,
    "query DirectoryHandout($filter: DirectoryFilter, $first: Int!) {\n  directoryEntries(filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        phone\n        email\n        distanceKm\n        addresses {\n          id\n          street\n          postalCode\n          city\n        }\n        openingHours {\n          weekday\n          opens\n          closes\n          note\n        }\n        openingHoursNote\n        courseOffers {\n          id\n          type\n          cefrLevel\n          nextStartDate\n        }\n      }\n    }\n  }\n}": typeof types.DirectoryHandoutDocument,
    "query DirectoryVerificationIntervals {\n  directoryVerificationIntervals {\n    kind\n    months\n  }\n}": typeof types.DirectoryVerificationIntervalsDocument,
    "mutation ImportDirectoryEntries($input: ImportDirectoryEntriesInput!) {\n  importDirectoryEntries(input: $input) {\n    dryRun\n    applied\n    encoding\n    separator\n    created\n    updated\n    unchanged\n    rejected\n    items {\n      row\n      rows\n      externalId\n      name\n      action\n      entryId\n      changedColumns\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n}": typeof types.ImportDirectoryEntriesDocument,
    "query MyDirectoryReviews {\n  myDirectoryReviews {\n    id\n    kind\n    name\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    addresses {\n      ...DirectoryAddressFields\n    }\n  }\n}": typeof types.MyDirectoryReviewsDocument,
    "mutation RemoveDirectoryContactPerson($id: ID!) {\n  removeDirectoryContactPerson(id: $id)\n}": typeof types.RemoveDirectoryContactPersonDocument,
    "mutation SetDirectoryVerificationInterval($kind: DirectoryEntryKind!, $months: Int!) {\n  setDirectoryVerificationInterval(kind: $kind, months: $months) {\n    kind\n    months\n  }\n}": typeof types.SetDirectoryVerificationIntervalDocument,
    "mutation UpdateDirectoryCode($list: DirectoryCodeList!, $code: String!, $input: UpdateDirectoryCodeInput!) {\n  updateDirectoryCode(list: $list, code: $code, input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}": typeof types.UpdateDirectoryCodeDocument,
    "mutation UpdateDirectoryEntry($id: ID!, $input: UpdateDirectoryEntryInput!) {\n  updateDirectoryEntry(id: $id, input: $input) {\n    ...DirectoryEntryDetailFields\n  }\n}": typeof types.UpdateDirectoryEntryDocument,
    "mutation VerifyDirectoryEntry($id: ID!) {\n  verifyDirectoryEntry(id: $id) {\n    id\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    internal {\n      lastVerifiedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.VerifyDirectoryEntryDocument,
    "query ArticleForEdit($slug: String!) {\n  article(slug: $slug) {\n    ...EditedArticleFields\n  }\n}": typeof types.ArticleForEditDocument,
    "mutation CreateArticle($input: CreateArticleInput!) {\n  createArticle(input: $input) {\n    ...EditedArticleFields\n  }\n}": typeof types.CreateArticleDocument,
    "fragment EditedArticleFields on Article {\n  id\n  slug\n  title\n  summary\n  tags\n  body\n  language\n  status\n  visibility\n  kind\n  revisionNumber\n  updatedAt\n  viewerCanEdit\n  category {\n    id\n  }\n}": typeof types.EditedArticleFieldsFragmentDoc,
    "query EditorOptions {\n  categories {\n    id\n    name\n    children {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.EditorOptionsDocument,
    "mutation PublishArticle($id: ID!) {\n  publishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}": typeof types.PublishArticleDocument,
    "mutation UnpublishArticle($id: ID!) {\n  unpublishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}": typeof types.UnpublishArticleDocument,
    "mutation UpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n  updateArticle(id: $id, input: $input) {\n    ...EditedArticleFields\n  }\n}": typeof types.UpdateArticleDocument,
    "query ArticleLanguageVersions($id: ID!) {\n  article(id: $id) {\n    id\n    language\n    viewerCanEdit\n    languageVersions {\n      isSource\n      variant\n      language\n      article {\n        id\n        slug\n        title\n        status\n      }\n    }\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}": typeof types.ArticleLanguageVersionsDocument,
    "mutation CreateLanguageVersion($input: CreateLanguageVersionInput!) {\n  createLanguageVersion(input: $input) {\n    id\n    slug\n  }\n}": typeof types.CreateLanguageVersionDocument,
    "fragment LanguageVersionState on LanguageVersion {\n  variant\n  language\n  sourceRevisionNumber\n  sourceLatestRevisionNumber\n  sourceChanged\n  syncedAt\n  source {\n    id\n    slug\n    title\n  }\n  sourceChanges {\n    fromRevisionNumber\n    toRevisionNumber\n    fromTitle\n    toTitle\n    titleChanged\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}": typeof types.LanguageVersionStateFragmentDoc,
    "mutation MarkLanguageVersionCurrent($articleId: ID!) {\n  markLanguageVersionCurrent(articleId: $articleId) {\n    id\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}": typeof types.MarkLanguageVersionCurrentDocument,
    "query ArticleMaterialFiles($slug: String!) {\n  article(slug: $slug) {\n    id\n    kind\n    viewerCanEdit\n    materialFiles {\n      ...MaterialFileFields\n    }\n  }\n}": typeof types.ArticleMaterialFilesDocument,
    "mutation DeleteMaterialFile($id: ID!) {\n  deleteMaterialFile(id: $id) {\n    id\n  }\n}": typeof types.DeleteMaterialFileDocument,
    "fragment MaterialFileFields on MaterialFile {\n  id\n  articleId\n  title\n  fileName\n  mediaType\n  sizeBytes\n  language\n  licence\n  licenceNote\n  easyLanguage\n  downloadUrl\n  uploadedAt\n  uploadedBy {\n    id\n    displayName\n  }\n}": typeof types.MaterialFileFieldsFragmentDoc,
    "query MaterialUploadLimits {\n  materialUploadLimits {\n    maxFileBytes\n    extensions\n    uploadPathTemplate\n  }\n}": typeof types.MaterialUploadLimitsDocument,
    "query Materials($filter: MaterialsFilter, $first: Int = 20, $offset: Int = 0) {\n  materials(filter: $filter, first: $first, offset: $offset) {\n    totalCount\n    availableLanguages\n    items {\n      article {\n        id\n        slug\n        title\n        summary\n        tags\n        visibility\n        category {\n          id\n          name\n        }\n      }\n      files {\n        ...MaterialFileFields\n      }\n    }\n  }\n}": typeof types.MaterialsDocument,
    "mutation UpdateMaterialFile($id: ID!, $input: UpdateMaterialFileInput!) {\n  updateMaterialFile(id: $id, input: $input) {\n    ...MaterialFileFields\n  }\n}": typeof types.UpdateMaterialFileDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": typeof types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}": typeof types.MarkNotificationReadDocument,
    "query Notifications($unreadOnly: Boolean!, $first: Int!) {\n  notifications(unreadOnly: $unreadOnly, first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n}": typeof types.NotificationsDocument,
    "mutation AddProgrammeEvent($programmeId: ID!, $input: CreateProgrammeEventInput!) {\n  addProgrammeEvent(programmeId: $programmeId, input: $input) {\n    ...ProgrammeEventFields\n  }\n}": typeof types.AddProgrammeEventDocument,
    "query AdminProgrammeEvents($id: ID!) {\n  programme(id: $id) {\n    id\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}": typeof types.AdminProgrammeEventsDocument,
    "fragment AdminProjectTopicFields on ProjectTopic {\n  id\n  name\n  slug\n  archived\n}": typeof types.AdminProjectTopicFieldsFragmentDoc,
    "query AdminProjectTopics {\n  projectTopics(includeArchived: true) {\n    ...AdminProjectTopicFields\n  }\n}": typeof types.AdminProjectTopicsDocument,
    "query AgencyOverview {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n  programmes {\n    id\n    slug\n    name\n    startsOn\n    endsOn\n    agencies {\n      id\n    }\n  }\n}": typeof types.AgencyOverviewDocument,
    "query AgencyOverviewProjects($agencyId: ID!, $first: Int!, $after: String) {\n  projects(filter: {agencyIds: [$agencyId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        programme {\n          id\n          slug\n          name\n        }\n        coachingProgress {\n          done\n          planned\n        }\n        milestones {\n          id\n          done\n        }\n        members {\n          id\n          userId\n          externalName\n          displayName\n          function\n          externalRole\n        }\n      }\n    }\n  }\n}": typeof types.AgencyOverviewProjectsDocument,
    "mutation ArchiveProjectTopic($id: ID!, $archived: Boolean!) {\n  archiveProjectTopic(id: $id, archived: $archived) {\n    ...AdminProjectTopicFields\n  }\n}": typeof types.ArchiveProjectTopicDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}": typeof types.CreateProgrammeDocument,
    "mutation CreateProjectTopic($input: CreateProjectTopicInput!) {\n  createProjectTopic(input: $input) {\n    ...AdminProjectTopicFields\n  }\n}": typeof types.CreateProjectTopicDocument,
    "query ProgrammeBySlug($slug: String!) {\n  programme(slug: $slug) {\n    ...ProgrammeFields\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}": typeof types.ProgrammeBySlugDocument,
    "fragment ProgrammeEventFields on ProgrammeEvent {\n  id\n  title\n  kind\n  startsOn\n  endsOn\n  place\n  notes\n}": typeof types.ProgrammeEventFieldsFragmentDoc,
    "fragment ProgrammeFields on Programme {\n  id\n  slug\n  name\n  description\n  startsOn\n  endsOn\n  agencies {\n    id\n    name\n  }\n}": typeof types.ProgrammeFieldsFragmentDoc,
    "query ProgrammeList {\n  programmes {\n    ...ProgrammeFields\n  }\n}": typeof types.ProgrammeListDocument,
    "query ProgrammeTimelineProjects($programmeId: ID!, $first: Int!, $after: String) {\n  projects(filter: {programmeIds: [$programmeId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        agency {\n          id\n          name\n        }\n        milestones {\n          id\n          title\n          kind\n          date\n          done\n        }\n      }\n    }\n  }\n}": typeof types.ProgrammeTimelineProjectsDocument,
    "mutation RemoveProgrammeEvent($id: ID!) {\n  removeProgrammeEvent(id: $id)\n}": typeof types.RemoveProgrammeEventDocument,
    "mutation RenameProjectTopic($id: ID!, $name: String!) {\n  updateProjectTopic(id: $id, input: {name: $name}) {\n    ...AdminProjectTopicFields\n  }\n}": typeof types.RenameProjectTopicDocument,
    "mutation SetProgrammeAgencies($id: ID!, $agencyIds: [ID!]!) {\n  setProgrammeAgencies(id: $id, agencyIds: $agencyIds) {\n    ...ProgrammeFields\n  }\n}": typeof types.SetProgrammeAgenciesDocument,
    "mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n  updateProgramme(id: $id, input: $input) {\n    ...ProgrammeFields\n  }\n}": typeof types.UpdateProgrammeDocument,
    "mutation UpdateProgrammeEvent($id: ID!, $input: UpdateProgrammeEventInput!) {\n  updateProgrammeEvent(id: $id, input: $input) {\n    ...ProgrammeEventFields\n  }\n}": typeof types.UpdateProgrammeEventDocument,
    "mutation AcceptProjectChangeProposal($id: ID!, $baseVersion: Int!, $note: String!) {\n  acceptProjectChangeProposal(id: $id, baseVersion: $baseVersion, note: $note) {\n    id\n    status\n  }\n}": typeof types.AcceptProjectChangeProposalDocument,
    "mutation AddProjectMember($projectId: ID!, $input: AddProjectMemberInput!) {\n  addProjectMember(projectId: $projectId, input: $input) {\n    id\n  }\n}": typeof types.AddProjectMemberDocument,
    "mutation AddProjectMilestone($projectId: ID!, $input: AddProjectMilestoneInput!) {\n  addProjectMilestone(projectId: $projectId, input: $input) {\n    id\n  }\n}": typeof types.AddProjectMilestoneDocument,
    "query ArticleProjects($slug: String!) {\n  article(slug: $slug) {\n    id\n    projects {\n      projectId\n      projectSlug\n      projectTitle\n      projectStatus\n      projectPublic\n      kind\n    }\n  }\n}": typeof types.ArticleProjectsDocument,
    "mutation ChangeProjectStatus($id: ID!, $input: ChangeProjectStatusInput!) {\n  changeProjectStatus(id: $id, input: $input) {\n    ...ProjectDetailFields\n  }\n}": typeof types.ChangeProjectStatusDocument,
    "mutation CreateProject($input: CreateProjectInput!) {\n  createProject(input: $input) {\n    id\n    slug\n    version\n  }\n}": typeof types.CreateProjectDocument,
    "mutation LinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  linkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}": typeof types.LinkInspiringProjectDocument,
    "mutation LinkProjectArticle($projectId: ID!, $articleId: ID!, $kind: ProjectArticleLinkKind!) {\n  linkProjectArticle(projectId: $projectId, articleId: $articleId, kind: $kind) {\n    ...ProjectDetailFields\n  }\n}": typeof types.LinkProjectArticleDocument,
    "query ProjectArticleCandidates($query: String!) {\n  search(query: $query, first: 8, filter: {kinds: [ARTICLE]}) {\n    hits {\n      id\n      entityId\n      title\n      categoryPath\n    }\n  }\n}": typeof types.ProjectArticleCandidatesDocument,
    "query ProjectBySlug($slug: String!) {\n  project(slug: $slug) {\n    ...ProjectDetailFields\n  }\n}": typeof types.ProjectBySlugDocument,
    "query ProjectCandidates($text: String!) {\n  projects(filter: {text: $text}, first: 8) {\n    edges {\n      node {\n        id\n        slug\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.ProjectCandidatesDocument,
    "fragment ProjectDetailFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  version\n  problemStatement\n  goals\n  outcomes\n  lessonsLearned\n  bodyHtml\n  createdAt\n  updatedAt\n  completedAt\n  publishedAt\n  viewerCanEdit\n  viewerCanPropose\n  publishedBy {\n    id\n    displayName\n  }\n  updatedBy {\n    id\n    displayName\n  }\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n    userId\n    externalName\n    externalRole\n    function\n  }\n  statusHistory {\n    id\n    fromStatus\n    toStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n  milestones {\n    id\n    title\n    date\n    done\n    kind\n    notes\n  }\n  coachingProgress {\n    done\n    planned\n    recommendedMin\n    max\n  }\n  articleLinks {\n    kind\n    article {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n    }\n  }\n  inspiredBy {\n    id\n    slug\n    title\n    status\n  }\n  inspired {\n    id\n    slug\n    title\n    status\n  }\n  changeProposals {\n    id\n    status\n    message\n    baseVersion\n    createdAt\n    decidedAt\n    decisionNote\n    proposedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    changes {\n      title\n      problemStatement\n      goals\n      outcomes\n      lessonsLearned\n    }\n  }\n}": typeof types.ProjectDetailFieldsFragmentDoc,
    "query ProjectFilterOptions {\n  agencies {\n    id\n    name\n  }\n  programmes {\n    id\n    slug\n    name\n  }\n  projectTopics {\n    id\n    name\n  }\n}": typeof types.ProjectFilterOptionsDocument,
    "query ProjectForEdit($slug: String!) {\n  project(slug: $slug) {\n    id\n    slug\n    title\n    version\n    visibility\n    problemStatement\n    goals\n    outcomes\n    lessonsLearned\n    body\n    viewerCanEdit\n    agency {\n      id\n    }\n    programme {\n      id\n    }\n    topic {\n      id\n    }\n  }\n}": typeof types.ProjectForEditDocument,
    "fragment ProjectSummaryFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  publishedAt\n  updatedAt\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  coachingProgress {\n    done\n    planned\n  }\n}": typeof types.ProjectSummaryFieldsFragmentDoc,
    "query ProjectTeamUsers {\n  users {\n    id\n    displayName\n    active\n    agency {\n      id\n      name\n    }\n  }\n}": typeof types.ProjectTeamUsersDocument,
    "query Projects($filter: ProjectsFilter, $first: Int!, $after: String) {\n  projects(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ProjectSummaryFields\n      }\n    }\n  }\n}": typeof types.ProjectsDocument,
    "mutation ProposeProjectChange($projectId: ID!, $input: ProposeProjectChangeInput!) {\n  proposeProjectChange(projectId: $projectId, input: $input) {\n    id\n    status\n  }\n}": typeof types.ProposeProjectChangeDocument,
    "mutation PublishProject($id: ID!) {\n  publishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}": typeof types.PublishProjectDocument,
    "mutation RejectProjectChangeProposal($id: ID!, $note: String!) {\n  rejectProjectChangeProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}": typeof types.RejectProjectChangeProposalDocument,
    "mutation RemoveProjectMember($id: ID!) {\n  removeProjectMember(id: $id)\n}": typeof types.RemoveProjectMemberDocument,
    "mutation RemoveProjectMilestone($id: ID!) {\n  removeProjectMilestone(id: $id)\n}": typeof types.RemoveProjectMilestoneDocument,
    "mutation UnlinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  unlinkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}": typeof types.UnlinkInspiringProjectDocument,
    "mutation UnlinkProjectArticle($projectId: ID!, $articleId: ID!) {\n  unlinkProjectArticle(projectId: $projectId, articleId: $articleId) {\n    ...ProjectDetailFields\n  }\n}": typeof types.UnlinkProjectArticleDocument,
    "mutation UnpublishProject($id: ID!) {\n  unpublishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}": typeof types.UnpublishProjectDocument,
    "mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n  updateProject(id: $id, input: $input) {\n    id\n    slug\n    version\n  }\n}": typeof types.UpdateProjectDocument,
    "mutation UpdateProjectMember($id: ID!, $input: UpdateProjectMemberInput!) {\n  updateProjectMember(id: $id, input: $input) {\n    id\n  }\n}": typeof types.UpdateProjectMemberDocument,
    "mutation UpdateProjectMilestone($id: ID!, $input: UpdateProjectMilestoneInput!) {\n  updateProjectMilestone(id: $id, input: $input) {\n    id\n    done\n  }\n}": typeof types.UpdateProjectMilestoneDocument,
    "query ArticleReview($id: ID!) {\n  article(id: $id) {\n    ...ArticleReviewFields\n  }\n}": typeof types.ArticleReviewDocument,
    "fragment ArticleReviewFields on Article {\n  id\n  status\n  viewerCanEdit\n  reviewOverdue\n  reviewDueAt\n  reviewIntervalMonths\n  lastVerifiedAt\n  lastVerifiedBy {\n    id\n    displayName\n  }\n}": typeof types.ArticleReviewFieldsFragmentDoc,
    "query CategoryReviewIntervals {\n  categories {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}": typeof types.CategoryReviewIntervalsDocument,
    "query MyReviews($withinDays: Int!) {\n  myReviews(withinDays: $withinDays) {\n    dueAt\n    overdue\n    lastVerifiedAt\n    intervalMonths\n    article {\n      id\n      slug\n      title\n    }\n  }\n}": typeof types.MyReviewsDocument,
    "query ReviewOverview {\n  reviewOverview {\n    total\n    upToDate\n    overdue\n    shareUpToDate\n    categories {\n      categoryId\n      categoryName\n      intervalMonths\n      total\n      upToDate\n      dueSoon\n      overdue\n      shareUpToDate\n    }\n  }\n}": typeof types.ReviewOverviewDocument,
    "mutation SetCategoryReviewInterval($input: SetCategoryReviewIntervalInput!) {\n  setCategoryReviewInterval(input: $input) {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}": typeof types.SetCategoryReviewIntervalDocument,
    "mutation VerifyArticle($id: ID!) {\n  verifyArticle(id: $id) {\n    ...ArticleReviewFields\n  }\n}": typeof types.VerifyArticleDocument,
    "query ArticleRevision($id: ID!) {\n  articleRevision(id: $id) {\n    id\n    number\n    name\n    title\n    summary\n    bodyHtml\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n}": typeof types.ArticleRevisionDocument,
    "query CompareRevisions($fromId: ID!, $toId: ID!) {\n  compareRevisions(fromId: $fromId, toId: $toId) {\n    titleChanged\n    from {\n      id\n      number\n      title\n    }\n    to {\n      id\n      number\n      title\n    }\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}": typeof types.CompareRevisionsDocument,
    "mutation RestoreRevision($revisionId: ID!) {\n  restoreRevision(revisionId: $revisionId) {\n    id\n    slug\n    revisionNumber\n  }\n}": typeof types.RestoreRevisionDocument,
    "query RevisionHistoryArticle($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    revisionNumber\n    viewerCanEdit\n  }\n}": typeof types.RevisionHistoryArticleDocument,
    "query RevisionList($articleId: ID!) {\n  articleRevisions(articleId: $articleId) {\n    id\n    number\n    name\n    title\n    status\n    createdAt\n    restoredFromNumber\n    readability {\n      fleschAmstad\n    }\n    author {\n      id\n      displayName\n    }\n    authors {\n      id\n      displayName\n    }\n  }\n}": typeof types.RevisionListDocument,
    "mutation SaveArticleVersion($articleId: ID!, $name: String) {\n  saveArticleVersion(articleId: $articleId, name: $name) {\n    id\n    number\n    name\n    createdAt\n  }\n}": typeof types.SaveArticleVersionDocument,
    "query SearchResults($query: String!, $filter: SearchFilter, $sort: SearchSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n  search(\n    query: $query\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    suggestion\n    hits {\n      id\n      kind\n      entityId\n      url\n      title\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n      updatedAt\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      category {\n        value\n        label\n        count\n      }\n      language {\n        value\n        label\n        count\n      }\n      tag {\n        value\n        label\n        count\n      }\n      agency {\n        value\n        label\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SearchResultsDocument,
    "query SearchSuggestions($query: String!, $first: Int! = 8) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      kind\n      url\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n    }\n  }\n}": typeof types.SearchSuggestionsDocument,
    "query SearchSynonyms {\n  searchSynonyms\n}": typeof types.SearchSynonymsDocument,
    "mutation SetSearchSynonyms($groups: [[String!]!]!) {\n  setSearchSynonyms(groups: $groups)\n}": typeof types.SetSearchSynonymsDocument,
    "mutation AddTeamMember($teamId: ID!, $userId: ID!) {\n  addTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}": typeof types.AddTeamMemberDocument,
    "query ArticleOwner($id: ID!) {\n  article(id: $id) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}": typeof types.ArticleOwnerDocument,
    "mutation CreateTeam($input: CreateTeamInput!) {\n  createTeam(input: $input) {\n    ...TeamFields\n  }\n}": typeof types.CreateTeamDocument,
    "mutation DeleteTeam($id: ID!) {\n  deleteTeam(id: $id)\n}": typeof types.DeleteTeamDocument,
    "query DirectoryEntryOwner($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.DirectoryEntryOwnerDocument,
    "query OwnerCandidates {\n  ownerCandidates {\n    id\n    displayName\n  }\n  teams {\n    id\n    name\n  }\n}": typeof types.OwnerCandidatesDocument,
    "mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n  removeTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}": typeof types.RemoveTeamMemberDocument,
    "mutation SetArticleOwner($id: ID!, $owner: OwnerInput!) {\n  setArticleOwner(id: $id, owner: $owner) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}": typeof types.SetArticleOwnerDocument,
    "mutation SetDirectoryEntryOwner($id: ID!, $owner: OwnerInput!) {\n  setDirectoryEntryOwner(id: $id, owner: $owner) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.SetDirectoryEntryOwnerDocument,
    "fragment TeamFields on Team {\n  id\n  name\n  description\n  agency {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n  }\n  viewerCanManage\n  owned {\n    articles\n    directoryEntries\n  }\n}": typeof types.TeamFieldsFragmentDoc,
    "query Teams {\n  teams {\n    ...TeamFields\n  }\n}": typeof types.TeamsDocument,
    "mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n  updateTeam(id: $id, input: $input) {\n    ...TeamFields\n  }\n}": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n}": types.MySessionsDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": types.RevokeSessionDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  displayName\n  role\n  functions\n  active\n  lastLoginAt\n  agency {\n    id\n    name\n  }\n}": types.AdminUserFieldsFragmentDoc,
    "query Agencies {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n}": types.AgenciesDocument,
    "mutation CreateAgency($input: CreateAgencyInput!) {\n  createAgency(input: $input) {\n    id\n    name\n    kind\n    region\n  }\n}": types.CreateAgencyDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": types.CreateUserDocument,
    "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}": types.DeactivateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}": types.UpdateUserDocument,
    "query Users {\n  users {\n    ...AdminUserFields\n  }\n}": types.UsersDocument,
    "query ArticleBySlug($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    summary\n    tags\n    bodyHtml\n    body\n    kind\n    language\n    status\n    visibility\n    createdAt\n    updatedAt\n    publishedAt\n    revisionNumber\n    viewerCanEdit\n    headings {\n      level\n      text\n      anchor\n    }\n    category {\n      id\n      path {\n        id\n        slug\n        name\n      }\n    }\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    updatedBy {\n      id\n      displayName\n    }\n  }\n}": types.ArticleBySlugDocument,
    "query RecentArticles($first: Int = 10) {\n  articles(first: $first, orderBy: UPDATED_DESC) {\n    edges {\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n        category {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}": types.RecentArticlesDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    id\n    email\n    displayName\n    role\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}": types.MeDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    articleCount\n    children {\n      id\n      slug\n      name\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n    }\n  }\n}": types.CategoriesDocument,
    "query CategoryArticles($categoryId: ID!, $first: Int = 20, $after: String) {\n  articles(\n    first: $first\n    after: $after\n    filter: {categoryId: $categoryId, includeSubcategories: false}\n    orderBy: TITLE_ASC\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n      }\n    }\n  }\n}": types.CategoryArticlesDocument,
    "query CategoryBySlug($slug: String!) {\n  category(slug: $slug) {\n    id\n    slug\n    name\n    description\n    articleCount\n    path {\n      id\n      slug\n      name\n    }\n    children {\n      id\n      slug\n      name\n      description\n      articleCount\n    }\n  }\n}": types.CategoryBySlugDocument,
    "query CollaborationToken {\n  collaborationToken\n}": types.CollaborationTokenDocument,
    "mutation AddDirectoryContactPerson($entryId: ID!, $input: DirectoryContactPersonInput!) {\n  addDirectoryContactPerson(entryId: $entryId, input: $input) {\n    id\n  }\n}": types.AddDirectoryContactPersonDocument,
    "fragment AdminDirectoryCodeFields on DirectoryCode {\n  list\n  code\n  name\n  position\n  archived\n}": types.AdminDirectoryCodeFieldsFragmentDoc,
    "query AdminDirectoryCodes($list: DirectoryCodeList!) {\n  directoryCodes(list: $list, includeArchived: true) {\n    ...AdminDirectoryCodeFields\n  }\n}": types.AdminDirectoryCodesDocument,
    "mutation CreateDirectoryCode($input: CreateDirectoryCodeInput!) {\n  createDirectoryCode(input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}": types.CreateDirectoryCodeDocument,
    "mutation CreateDirectoryEntry($input: CreateDirectoryEntryInput!) {\n  createDirectoryEntry(input: $input) {\n    id\n    version\n  }\n}": types.CreateDirectoryEntryDocument,
    "mutation DeleteDirectoryEntry($id: ID!) {\n  deleteDirectoryEntry(id: $id)\n}": types.DeleteDirectoryEntryDocument,
    "fragment DirectoryAddressFields on DirectoryAddress {\n  id\n  label\n  street\n  postalCode\n  city\n  district\n}": types.DirectoryAddressFieldsFragmentDoc,
    "query DirectoryCodeLists {\n  directoryCodeLists {\n    languages {\n      code\n      name\n    }\n    targetGroups {\n      code\n      name\n    }\n    organisationTopics {\n      code\n      name\n    }\n  }\n}": types.DirectoryCodeListsDocument,
    "fragment DirectoryContactCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  email\n  website\n  isOutdated\n  addresses {\n    id\n    label\n    street\n    postalCode\n    city\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n}": types.DirectoryContactCardFieldsFragmentDoc,
    "query DirectoryContactCardSearch($text: String!) {\n  directoryEntries(filter: {text: $text}, first: 8) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        shortName\n        addresses {\n          id\n          city\n        }\n      }\n    }\n  }\n}": types.DirectoryContactCardSearchDocument,
    "query DirectoryContactCards($ids: [ID!]!) {\n  directoryEntriesByIds(ids: $ids) {\n    ...DirectoryContactCardFields\n  }\n}": types.DirectoryContactCardsDocument,
    "query DirectoryEntries($filter: DirectoryFilter, $first: Int!, $after: String) {\n  directoryEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DirectoryEntryCardFields\n      }\n    }\n    facets {\n      kinds {\n        value\n        label\n        count\n      }\n      courseTypes {\n        value\n        label\n        count\n      }\n      cefrLevels {\n        value\n        label\n        count\n      }\n      formats {\n        value\n        label\n        count\n      }\n      languages {\n        value\n        label\n        count\n      }\n      targetGroups {\n        value\n        label\n        count\n      }\n      districts {\n        value\n        label\n        count\n      }\n      childcare\n      openNow\n      startsWithin {\n        weeks\n        count\n      }\n    }\n  }\n}": types.DirectoryEntriesDocument,
    "query DirectoryEntry($id: ID!) {\n  directoryEntry(id: $id) {\n    ...DirectoryEntryDetailFields\n  }\n}": types.DirectoryEntryDocument,
    "fragment DirectoryEntryCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  isOutdated\n  distanceKm\n  version\n  addresses {\n    ...DirectoryAddressFields\n  }\n  languages {\n    code\n    name\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  courseOffers {\n    id\n    type\n    cefrLevel\n    nextStartDate\n    childcare\n  }\n}": types.DirectoryEntryCardFieldsFragmentDoc,
    "fragment DirectoryEntryDetailFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  description\n  descriptionHtml\n  phone\n  email\n  website\n  accessibilityNotes\n  tags\n  visibility\n  version\n  isOutdated\n  lastVerifiedAt\n  verificationDueAt\n  updatedAt\n  communities\n  countriesOfOrigin\n  agency {\n    id\n    name\n  }\n  addresses {\n    ...DirectoryAddressFields\n    latitude\n    longitude\n    coordinatesApproximate\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  languages {\n    code\n    name\n  }\n  targetGroups {\n    code\n    name\n  }\n  topics {\n    code\n    name\n  }\n  courseOffers {\n    id\n    type\n    cefrLevel\n    format\n    schedule\n    nextStartDate\n    placesFree\n    childcare\n    approvalNumber\n    note\n    location {\n      id\n    }\n  }\n  internal {\n    externalId\n    viewerCanDelete\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    lastVerifiedBy {\n      id\n      displayName\n    }\n    cooperation {\n      since\n      kind\n      agencyContact\n    }\n    contactPersons {\n      id\n      name\n      role\n      phone\n      email\n      languages\n      consentGivenOn\n    }\n    history {\n      id\n      action\n      changedAt\n      version\n      changedBy {\n        id\n        displayName\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n}": types.DirectoryEntryDetailFieldsFragmentDoc,
    "query DirectoryEntryReferences($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    referencingArticles {\n      id\n      slug\n      title\n    }\n    referencingProjects {\n      id\n      slug\n      title\n      public\n    }\n  }\n}": types.DirectoryEntryReferencesDocument,
    "query DirectoryHandout($filter: DirectoryFilter, $first: Int!) {\n  directoryEntries(filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        phone\n        email\n        distanceKm\n        addresses {\n          id\n          street\n          postalCode\n          city\n        }\n        openingHours {\n          weekday\n          opens\n          closes\n          note\n        }\n        openingHoursNote\n        courseOffers {\n          id\n          type\n          cefrLevel\n          nextStartDate\n        }\n      }\n    }\n  }\n}": types.DirectoryHandoutDocument,
    "query DirectoryVerificationIntervals {\n  directoryVerificationIntervals {\n    kind\n    months\n  }\n}": types.DirectoryVerificationIntervalsDocument,
    "mutation ImportDirectoryEntries($input: ImportDirectoryEntriesInput!) {\n  importDirectoryEntries(input: $input) {\n    dryRun\n    applied\n    encoding\n    separator\n    created\n    updated\n    unchanged\n    rejected\n    items {\n      row\n      rows\n      externalId\n      name\n      action\n      entryId\n      changedColumns\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n}": types.ImportDirectoryEntriesDocument,
    "query MyDirectoryReviews {\n  myDirectoryReviews {\n    id\n    kind\n    name\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    addresses {\n      ...DirectoryAddressFields\n    }\n  }\n}": types.MyDirectoryReviewsDocument,
    "mutation RemoveDirectoryContactPerson($id: ID!) {\n  removeDirectoryContactPerson(id: $id)\n}": types.RemoveDirectoryContactPersonDocument,
    "mutation SetDirectoryVerificationInterval($kind: DirectoryEntryKind!, $months: Int!) {\n  setDirectoryVerificationInterval(kind: $kind, months: $months) {\n    kind\n    months\n  }\n}": types.SetDirectoryVerificationIntervalDocument,
    "mutation UpdateDirectoryCode($list: DirectoryCodeList!, $code: String!, $input: UpdateDirectoryCodeInput!) {\n  updateDirectoryCode(list: $list, code: $code, input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}": types.UpdateDirectoryCodeDocument,
    "mutation UpdateDirectoryEntry($id: ID!, $input: UpdateDirectoryEntryInput!) {\n  updateDirectoryEntry(id: $id, input: $input) {\n    ...DirectoryEntryDetailFields\n  }\n}": types.UpdateDirectoryEntryDocument,
    "mutation VerifyDirectoryEntry($id: ID!) {\n  verifyDirectoryEntry(id: $id) {\n    id\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    internal {\n      lastVerifiedBy {\n        id\n        displayName\n      }\n    }\n  }\n}": types.VerifyDirectoryEntryDocument,
    "query ArticleForEdit($slug: String!) {\n  article(slug: $slug) {\n    ...EditedArticleFields\n  }\n}": types.ArticleForEditDocument,
    "mutation CreateArticle($input: CreateArticleInput!) {\n  createArticle(input: $input) {\n    ...EditedArticleFields\n  }\n}": types.CreateArticleDocument,
    "fragment EditedArticleFields on Article {\n  id\n  slug\n  title\n  summary\n  tags\n  body\n  language\n  status\n  visibility\n  kind\n  revisionNumber\n  updatedAt\n  viewerCanEdit\n  category {\n    id\n  }\n}": types.EditedArticleFieldsFragmentDoc,
    "query EditorOptions {\n  categories {\n    id\n    name\n    children {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n}": types.EditorOptionsDocument,
    "mutation PublishArticle($id: ID!) {\n  publishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}": types.PublishArticleDocument,
    "mutation UnpublishArticle($id: ID!) {\n  unpublishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}": types.UnpublishArticleDocument,
    "mutation UpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n  updateArticle(id: $id, input: $input) {\n    ...EditedArticleFields\n  }\n}": types.UpdateArticleDocument,
    "query ArticleLanguageVersions($id: ID!) {\n  article(id: $id) {\n    id\n    language\n    viewerCanEdit\n    languageVersions {\n      isSource\n      variant\n      language\n      article {\n        id\n        slug\n        title\n        status\n      }\n    }\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}": types.ArticleLanguageVersionsDocument,
    "mutation CreateLanguageVersion($input: CreateLanguageVersionInput!) {\n  createLanguageVersion(input: $input) {\n    id\n    slug\n  }\n}": types.CreateLanguageVersionDocument,
    "fragment LanguageVersionState on LanguageVersion {\n  variant\n  language\n  sourceRevisionNumber\n  sourceLatestRevisionNumber\n  sourceChanged\n  syncedAt\n  source {\n    id\n    slug\n    title\n  }\n  sourceChanges {\n    fromRevisionNumber\n    toRevisionNumber\n    fromTitle\n    toTitle\n    titleChanged\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}": types.LanguageVersionStateFragmentDoc,
    "mutation MarkLanguageVersionCurrent($articleId: ID!) {\n  markLanguageVersionCurrent(articleId: $articleId) {\n    id\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}": types.MarkLanguageVersionCurrentDocument,
    "query ArticleMaterialFiles($slug: String!) {\n  article(slug: $slug) {\n    id\n    kind\n    viewerCanEdit\n    materialFiles {\n      ...MaterialFileFields\n    }\n  }\n}": types.ArticleMaterialFilesDocument,
    "mutation DeleteMaterialFile($id: ID!) {\n  deleteMaterialFile(id: $id) {\n    id\n  }\n}": types.DeleteMaterialFileDocument,
    "fragment MaterialFileFields on MaterialFile {\n  id\n  articleId\n  title\n  fileName\n  mediaType\n  sizeBytes\n  language\n  licence\n  licenceNote\n  easyLanguage\n  downloadUrl\n  uploadedAt\n  uploadedBy {\n    id\n    displayName\n  }\n}": types.MaterialFileFieldsFragmentDoc,
    "query MaterialUploadLimits {\n  materialUploadLimits {\n    maxFileBytes\n    extensions\n    uploadPathTemplate\n  }\n}": types.MaterialUploadLimitsDocument,
    "query Materials($filter: MaterialsFilter, $first: Int = 20, $offset: Int = 0) {\n  materials(filter: $filter, first: $first, offset: $offset) {\n    totalCount\n    availableLanguages\n    items {\n      article {\n        id\n        slug\n        title\n        summary\n        tags\n        visibility\n        category {\n          id\n          name\n        }\n      }\n      files {\n        ...MaterialFileFields\n      }\n    }\n  }\n}": types.MaterialsDocument,
    "mutation UpdateMaterialFile($id: ID!, $input: UpdateMaterialFileInput!) {\n  updateMaterialFile(id: $id, input: $input) {\n    ...MaterialFileFields\n  }\n}": types.UpdateMaterialFileDocument,
    "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}": types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}": types.MarkNotificationReadDocument,
    "query Notifications($unreadOnly: Boolean!, $first: Int!) {\n  notifications(unreadOnly: $unreadOnly, first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n}": types.NotificationsDocument,
    "mutation AddProgrammeEvent($programmeId: ID!, $input: CreateProgrammeEventInput!) {\n  addProgrammeEvent(programmeId: $programmeId, input: $input) {\n    ...ProgrammeEventFields\n  }\n}": types.AddProgrammeEventDocument,
    "query AdminProgrammeEvents($id: ID!) {\n  programme(id: $id) {\n    id\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}": types.AdminProgrammeEventsDocument,
    "fragment AdminProjectTopicFields on ProjectTopic {\n  id\n  name\n  slug\n  archived\n}": types.AdminProjectTopicFieldsFragmentDoc,
    "query AdminProjectTopics {\n  projectTopics(includeArchived: true) {\n    ...AdminProjectTopicFields\n  }\n}": types.AdminProjectTopicsDocument,
    "query AgencyOverview {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n  programmes {\n    id\n    slug\n    name\n    startsOn\n    endsOn\n    agencies {\n      id\n    }\n  }\n}": types.AgencyOverviewDocument,
    "query AgencyOverviewProjects($agencyId: ID!, $first: Int!, $after: String) {\n  projects(filter: {agencyIds: [$agencyId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        programme {\n          id\n          slug\n          name\n        }\n        coachingProgress {\n          done\n          planned\n        }\n        milestones {\n          id\n          done\n        }\n        members {\n          id\n          userId\n          externalName\n          displayName\n          function\n          externalRole\n        }\n      }\n    }\n  }\n}": types.AgencyOverviewProjectsDocument,
    "mutation ArchiveProjectTopic($id: ID!, $archived: Boolean!) {\n  archiveProjectTopic(id: $id, archived: $archived) {\n    ...AdminProjectTopicFields\n  }\n}": types.ArchiveProjectTopicDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}": types.CreateProgrammeDocument,
    "mutation CreateProjectTopic($input: CreateProjectTopicInput!) {\n  createProjectTopic(input: $input) {\n    ...AdminProjectTopicFields\n  }\n}": types.CreateProjectTopicDocument,
    "query ProgrammeBySlug($slug: String!) {\n  programme(slug: $slug) {\n    ...ProgrammeFields\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}": types.ProgrammeBySlugDocument,
    "fragment ProgrammeEventFields on ProgrammeEvent {\n  id\n  title\n  kind\n  startsOn\n  endsOn\n  place\n  notes\n}": types.ProgrammeEventFieldsFragmentDoc,
    "fragment ProgrammeFields on Programme {\n  id\n  slug\n  name\n  description\n  startsOn\n  endsOn\n  agencies {\n    id\n    name\n  }\n}": types.ProgrammeFieldsFragmentDoc,
    "query ProgrammeList {\n  programmes {\n    ...ProgrammeFields\n  }\n}": types.ProgrammeListDocument,
    "query ProgrammeTimelineProjects($programmeId: ID!, $first: Int!, $after: String) {\n  projects(filter: {programmeIds: [$programmeId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        agency {\n          id\n          name\n        }\n        milestones {\n          id\n          title\n          kind\n          date\n          done\n        }\n      }\n    }\n  }\n}": types.ProgrammeTimelineProjectsDocument,
    "mutation RemoveProgrammeEvent($id: ID!) {\n  removeProgrammeEvent(id: $id)\n}": types.RemoveProgrammeEventDocument,
    "mutation RenameProjectTopic($id: ID!, $name: String!) {\n  updateProjectTopic(id: $id, input: {name: $name}) {\n    ...AdminProjectTopicFields\n  }\n}": types.RenameProjectTopicDocument,
    "mutation SetProgrammeAgencies($id: ID!, $agencyIds: [ID!]!) {\n  setProgrammeAgencies(id: $id, agencyIds: $agencyIds) {\n    ...ProgrammeFields\n  }\n}": types.SetProgrammeAgenciesDocument,
    "mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n  updateProgramme(id: $id, input: $input) {\n    ...ProgrammeFields\n  }\n}": types.UpdateProgrammeDocument,
    "mutation UpdateProgrammeEvent($id: ID!, $input: UpdateProgrammeEventInput!) {\n  updateProgrammeEvent(id: $id, input: $input) {\n    ...ProgrammeEventFields\n  }\n}": types.UpdateProgrammeEventDocument,
    "mutation AcceptProjectChangeProposal($id: ID!, $baseVersion: Int!, $note: String!) {\n  acceptProjectChangeProposal(id: $id, baseVersion: $baseVersion, note: $note) {\n    id\n    status\n  }\n}": types.AcceptProjectChangeProposalDocument,
    "mutation AddProjectMember($projectId: ID!, $input: AddProjectMemberInput!) {\n  addProjectMember(projectId: $projectId, input: $input) {\n    id\n  }\n}": types.AddProjectMemberDocument,
    "mutation AddProjectMilestone($projectId: ID!, $input: AddProjectMilestoneInput!) {\n  addProjectMilestone(projectId: $projectId, input: $input) {\n    id\n  }\n}": types.AddProjectMilestoneDocument,
    "query ArticleProjects($slug: String!) {\n  article(slug: $slug) {\n    id\n    projects {\n      projectId\n      projectSlug\n      projectTitle\n      projectStatus\n      projectPublic\n      kind\n    }\n  }\n}": types.ArticleProjectsDocument,
    "mutation ChangeProjectStatus($id: ID!, $input: ChangeProjectStatusInput!) {\n  changeProjectStatus(id: $id, input: $input) {\n    ...ProjectDetailFields\n  }\n}": types.ChangeProjectStatusDocument,
    "mutation CreateProject($input: CreateProjectInput!) {\n  createProject(input: $input) {\n    id\n    slug\n    version\n  }\n}": types.CreateProjectDocument,
    "mutation LinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  linkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}": types.LinkInspiringProjectDocument,
    "mutation LinkProjectArticle($projectId: ID!, $articleId: ID!, $kind: ProjectArticleLinkKind!) {\n  linkProjectArticle(projectId: $projectId, articleId: $articleId, kind: $kind) {\n    ...ProjectDetailFields\n  }\n}": types.LinkProjectArticleDocument,
    "query ProjectArticleCandidates($query: String!) {\n  search(query: $query, first: 8, filter: {kinds: [ARTICLE]}) {\n    hits {\n      id\n      entityId\n      title\n      categoryPath\n    }\n  }\n}": types.ProjectArticleCandidatesDocument,
    "query ProjectBySlug($slug: String!) {\n  project(slug: $slug) {\n    ...ProjectDetailFields\n  }\n}": types.ProjectBySlugDocument,
    "query ProjectCandidates($text: String!) {\n  projects(filter: {text: $text}, first: 8) {\n    edges {\n      node {\n        id\n        slug\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.ProjectCandidatesDocument,
    "fragment ProjectDetailFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  version\n  problemStatement\n  goals\n  outcomes\n  lessonsLearned\n  bodyHtml\n  createdAt\n  updatedAt\n  completedAt\n  publishedAt\n  viewerCanEdit\n  viewerCanPropose\n  publishedBy {\n    id\n    displayName\n  }\n  updatedBy {\n    id\n    displayName\n  }\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n    userId\n    externalName\n    externalRole\n    function\n  }\n  statusHistory {\n    id\n    fromStatus\n    toStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n  milestones {\n    id\n    title\n    date\n    done\n    kind\n    notes\n  }\n  coachingProgress {\n    done\n    planned\n    recommendedMin\n    max\n  }\n  articleLinks {\n    kind\n    article {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n    }\n  }\n  inspiredBy {\n    id\n    slug\n    title\n    status\n  }\n  inspired {\n    id\n    slug\n    title\n    status\n  }\n  changeProposals {\n    id\n    status\n    message\n    baseVersion\n    createdAt\n    decidedAt\n    decisionNote\n    proposedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    changes {\n      title\n      problemStatement\n      goals\n      outcomes\n      lessonsLearned\n    }\n  }\n}": types.ProjectDetailFieldsFragmentDoc,
    "query ProjectFilterOptions {\n  agencies {\n    id\n    name\n  }\n  programmes {\n    id\n    slug\n    name\n  }\n  projectTopics {\n    id\n    name\n  }\n}": types.ProjectFilterOptionsDocument,
    "query ProjectForEdit($slug: String!) {\n  project(slug: $slug) {\n    id\n    slug\n    title\n    version\n    visibility\n    problemStatement\n    goals\n    outcomes\n    lessonsLearned\n    body\n    viewerCanEdit\n    agency {\n      id\n    }\n    programme {\n      id\n    }\n    topic {\n      id\n    }\n  }\n}": types.ProjectForEditDocument,
    "fragment ProjectSummaryFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  publishedAt\n  updatedAt\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  coachingProgress {\n    done\n    planned\n  }\n}": types.ProjectSummaryFieldsFragmentDoc,
    "query ProjectTeamUsers {\n  users {\n    id\n    displayName\n    active\n    agency {\n      id\n      name\n    }\n  }\n}": types.ProjectTeamUsersDocument,
    "query Projects($filter: ProjectsFilter, $first: Int!, $after: String) {\n  projects(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ProjectSummaryFields\n      }\n    }\n  }\n}": types.ProjectsDocument,
    "mutation ProposeProjectChange($projectId: ID!, $input: ProposeProjectChangeInput!) {\n  proposeProjectChange(projectId: $projectId, input: $input) {\n    id\n    status\n  }\n}": types.ProposeProjectChangeDocument,
    "mutation PublishProject($id: ID!) {\n  publishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}": types.PublishProjectDocument,
    "mutation RejectProjectChangeProposal($id: ID!, $note: String!) {\n  rejectProjectChangeProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}": types.RejectProjectChangeProposalDocument,
    "mutation RemoveProjectMember($id: ID!) {\n  removeProjectMember(id: $id)\n}": types.RemoveProjectMemberDocument,
    "mutation RemoveProjectMilestone($id: ID!) {\n  removeProjectMilestone(id: $id)\n}": types.RemoveProjectMilestoneDocument,
    "mutation UnlinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  unlinkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}": types.UnlinkInspiringProjectDocument,
    "mutation UnlinkProjectArticle($projectId: ID!, $articleId: ID!) {\n  unlinkProjectArticle(projectId: $projectId, articleId: $articleId) {\n    ...ProjectDetailFields\n  }\n}": types.UnlinkProjectArticleDocument,
    "mutation UnpublishProject($id: ID!) {\n  unpublishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}": types.UnpublishProjectDocument,
    "mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n  updateProject(id: $id, input: $input) {\n    id\n    slug\n    version\n  }\n}": types.UpdateProjectDocument,
    "mutation UpdateProjectMember($id: ID!, $input: UpdateProjectMemberInput!) {\n  updateProjectMember(id: $id, input: $input) {\n    id\n  }\n}": types.UpdateProjectMemberDocument,
    "mutation UpdateProjectMilestone($id: ID!, $input: UpdateProjectMilestoneInput!) {\n  updateProjectMilestone(id: $id, input: $input) {\n    id\n    done\n  }\n}": types.UpdateProjectMilestoneDocument,
    "query ArticleReview($id: ID!) {\n  article(id: $id) {\n    ...ArticleReviewFields\n  }\n}": types.ArticleReviewDocument,
    "fragment ArticleReviewFields on Article {\n  id\n  status\n  viewerCanEdit\n  reviewOverdue\n  reviewDueAt\n  reviewIntervalMonths\n  lastVerifiedAt\n  lastVerifiedBy {\n    id\n    displayName\n  }\n}": types.ArticleReviewFieldsFragmentDoc,
    "query CategoryReviewIntervals {\n  categories {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}": types.CategoryReviewIntervalsDocument,
    "query MyReviews($withinDays: Int!) {\n  myReviews(withinDays: $withinDays) {\n    dueAt\n    overdue\n    lastVerifiedAt\n    intervalMonths\n    article {\n      id\n      slug\n      title\n    }\n  }\n}": types.MyReviewsDocument,
    "query ReviewOverview {\n  reviewOverview {\n    total\n    upToDate\n    overdue\n    shareUpToDate\n    categories {\n      categoryId\n      categoryName\n      intervalMonths\n      total\n      upToDate\n      dueSoon\n      overdue\n      shareUpToDate\n    }\n  }\n}": types.ReviewOverviewDocument,
    "mutation SetCategoryReviewInterval($input: SetCategoryReviewIntervalInput!) {\n  setCategoryReviewInterval(input: $input) {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}": types.SetCategoryReviewIntervalDocument,
    "mutation VerifyArticle($id: ID!) {\n  verifyArticle(id: $id) {\n    ...ArticleReviewFields\n  }\n}": types.VerifyArticleDocument,
    "query ArticleRevision($id: ID!) {\n  articleRevision(id: $id) {\n    id\n    number\n    name\n    title\n    summary\n    bodyHtml\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n}": types.ArticleRevisionDocument,
    "query CompareRevisions($fromId: ID!, $toId: ID!) {\n  compareRevisions(fromId: $fromId, toId: $toId) {\n    titleChanged\n    from {\n      id\n      number\n      title\n    }\n    to {\n      id\n      number\n      title\n    }\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}": types.CompareRevisionsDocument,
    "mutation RestoreRevision($revisionId: ID!) {\n  restoreRevision(revisionId: $revisionId) {\n    id\n    slug\n    revisionNumber\n  }\n}": types.RestoreRevisionDocument,
    "query RevisionHistoryArticle($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    revisionNumber\n    viewerCanEdit\n  }\n}": types.RevisionHistoryArticleDocument,
    "query RevisionList($articleId: ID!) {\n  articleRevisions(articleId: $articleId) {\n    id\n    number\n    name\n    title\n    status\n    createdAt\n    restoredFromNumber\n    readability {\n      fleschAmstad\n    }\n    author {\n      id\n      displayName\n    }\n    authors {\n      id\n      displayName\n    }\n  }\n}": types.RevisionListDocument,
    "mutation SaveArticleVersion($articleId: ID!, $name: String) {\n  saveArticleVersion(articleId: $articleId, name: $name) {\n    id\n    number\n    name\n    createdAt\n  }\n}": types.SaveArticleVersionDocument,
    "query SearchResults($query: String!, $filter: SearchFilter, $sort: SearchSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n  search(\n    query: $query\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    suggestion\n    hits {\n      id\n      kind\n      entityId\n      url\n      title\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n      updatedAt\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      category {\n        value\n        label\n        count\n      }\n      language {\n        value\n        label\n        count\n      }\n      tag {\n        value\n        label\n        count\n      }\n      agency {\n        value\n        label\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SearchResultsDocument,
    "query SearchSuggestions($query: String!, $first: Int! = 8) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      kind\n      url\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n    }\n  }\n}": types.SearchSuggestionsDocument,
    "query SearchSynonyms {\n  searchSynonyms\n}": types.SearchSynonymsDocument,
    "mutation SetSearchSynonyms($groups: [[String!]!]!) {\n  setSearchSynonyms(groups: $groups)\n}": types.SetSearchSynonymsDocument,
    "mutation AddTeamMember($teamId: ID!, $userId: ID!) {\n  addTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}": types.AddTeamMemberDocument,
    "query ArticleOwner($id: ID!) {\n  article(id: $id) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}": types.ArticleOwnerDocument,
    "mutation CreateTeam($input: CreateTeamInput!) {\n  createTeam(input: $input) {\n    ...TeamFields\n  }\n}": types.CreateTeamDocument,
    "mutation DeleteTeam($id: ID!) {\n  deleteTeam(id: $id)\n}": types.DeleteTeamDocument,
    "query DirectoryEntryOwner($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}": types.DirectoryEntryOwnerDocument,
    "query OwnerCandidates {\n  ownerCandidates {\n    id\n    displayName\n  }\n  teams {\n    id\n    name\n  }\n}": types.OwnerCandidatesDocument,
    "mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n  removeTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}": types.RemoveTeamMemberDocument,
    "mutation SetArticleOwner($id: ID!, $owner: OwnerInput!) {\n  setArticleOwner(id: $id, owner: $owner) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}": types.SetArticleOwnerDocument,
    "mutation SetDirectoryEntryOwner($id: ID!, $owner: OwnerInput!) {\n  setDirectoryEntryOwner(id: $id, owner: $owner) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}": types.SetDirectoryEntryOwnerDocument,
    "fragment TeamFields on Team {\n  id\n  name\n  description\n  agency {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n  }\n  viewerCanManage\n  owned {\n    articles\n    directoryEntries\n  }\n}": types.TeamFieldsFragmentDoc,
    "query Teams {\n  teams {\n    ...TeamFields\n  }\n}": types.TeamsDocument,
    "mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n  updateTeam(id: $id, input: $input) {\n    ...TeamFields\n  }\n}": types.UpdateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"): (typeof documents)["mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUserFields on User {\n  id\n  email\n  displayName\n  role\n  functions\n  active\n  lastLoginAt\n  agency {\n    id\n    name\n  }\n}"): (typeof documents)["fragment AdminUserFields on User {\n  id\n  email\n  displayName\n  role\n  functions\n  active\n  lastLoginAt\n  agency {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agencies {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n}"): (typeof documents)["query Agencies {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAgency($input: CreateAgencyInput!) {\n  createAgency(input: $input) {\n    id\n    name\n    kind\n    region\n  }\n}"): (typeof documents)["mutation CreateAgency($input: CreateAgencyInput!) {\n  createAgency(input: $input) {\n    id\n    name\n    kind\n    region\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users {\n  users {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["query Users {\n  users {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleBySlug($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    summary\n    tags\n    bodyHtml\n    body\n    kind\n    language\n    status\n    visibility\n    createdAt\n    updatedAt\n    publishedAt\n    revisionNumber\n    viewerCanEdit\n    headings {\n      level\n      text\n      anchor\n    }\n    category {\n      id\n      path {\n        id\n        slug\n        name\n      }\n    }\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    updatedBy {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query ArticleBySlug($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    summary\n    tags\n    bodyHtml\n    body\n    kind\n    language\n    status\n    visibility\n    createdAt\n    updatedAt\n    publishedAt\n    revisionNumber\n    viewerCanEdit\n    headings {\n      level\n      text\n      anchor\n    }\n    category {\n      id\n      path {\n        id\n        slug\n        name\n      }\n    }\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    updatedBy {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentArticles($first: Int = 10) {\n  articles(first: $first, orderBy: UPDATED_DESC) {\n    edges {\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n        category {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RecentArticles($first: Int = 10) {\n  articles(first: $first, orderBy: UPDATED_DESC) {\n    edges {\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n        category {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    id\n    email\n    displayName\n    role\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    id\n    email\n    displayName\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Categories {\n  categories {\n    id\n    slug\n    name\n    articleCount\n    children {\n      id\n      slug\n      name\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n    }\n  }\n}"): (typeof documents)["query Categories {\n  categories {\n    id\n    slug\n    name\n    articleCount\n    children {\n      id\n      slug\n      name\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryArticles($categoryId: ID!, $first: Int = 20, $after: String) {\n  articles(\n    first: $first\n    after: $after\n    filter: {categoryId: $categoryId, includeSubcategories: false}\n    orderBy: TITLE_ASC\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n      }\n    }\n  }\n}"): (typeof documents)["query CategoryArticles($categoryId: ID!, $first: Int = 20, $after: String) {\n  articles(\n    first: $first\n    after: $after\n    filter: {categoryId: $categoryId, includeSubcategories: false}\n    orderBy: TITLE_ASC\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        summary\n        status\n        visibility\n        updatedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryBySlug($slug: String!) {\n  category(slug: $slug) {\n    id\n    slug\n    name\n    description\n    articleCount\n    path {\n      id\n      slug\n      name\n    }\n    children {\n      id\n      slug\n      name\n      description\n      articleCount\n    }\n  }\n}"): (typeof documents)["query CategoryBySlug($slug: String!) {\n  category(slug: $slug) {\n    id\n    slug\n    name\n    description\n    articleCount\n    path {\n      id\n      slug\n      name\n    }\n    children {\n      id\n      slug\n      name\n      description\n      articleCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationToken {\n  collaborationToken\n}"): (typeof documents)["query CollaborationToken {\n  collaborationToken\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddDirectoryContactPerson($entryId: ID!, $input: DirectoryContactPersonInput!) {\n  addDirectoryContactPerson(entryId: $entryId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddDirectoryContactPerson($entryId: ID!, $input: DirectoryContactPersonInput!) {\n  addDirectoryContactPerson(entryId: $entryId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminDirectoryCodeFields on DirectoryCode {\n  list\n  code\n  name\n  position\n  archived\n}"): (typeof documents)["fragment AdminDirectoryCodeFields on DirectoryCode {\n  list\n  code\n  name\n  position\n  archived\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminDirectoryCodes($list: DirectoryCodeList!) {\n  directoryCodes(list: $list, includeArchived: true) {\n    ...AdminDirectoryCodeFields\n  }\n}"): (typeof documents)["query AdminDirectoryCodes($list: DirectoryCodeList!) {\n  directoryCodes(list: $list, includeArchived: true) {\n    ...AdminDirectoryCodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDirectoryCode($input: CreateDirectoryCodeInput!) {\n  createDirectoryCode(input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}"): (typeof documents)["mutation CreateDirectoryCode($input: CreateDirectoryCodeInput!) {\n  createDirectoryCode(input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDirectoryEntry($input: CreateDirectoryEntryInput!) {\n  createDirectoryEntry(input: $input) {\n    id\n    version\n  }\n}"): (typeof documents)["mutation CreateDirectoryEntry($input: CreateDirectoryEntryInput!) {\n  createDirectoryEntry(input: $input) {\n    id\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDirectoryEntry($id: ID!) {\n  deleteDirectoryEntry(id: $id)\n}"): (typeof documents)["mutation DeleteDirectoryEntry($id: ID!) {\n  deleteDirectoryEntry(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DirectoryAddressFields on DirectoryAddress {\n  id\n  label\n  street\n  postalCode\n  city\n  district\n}"): (typeof documents)["fragment DirectoryAddressFields on DirectoryAddress {\n  id\n  label\n  street\n  postalCode\n  city\n  district\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryCodeLists {\n  directoryCodeLists {\n    languages {\n      code\n      name\n    }\n    targetGroups {\n      code\n      name\n    }\n    organisationTopics {\n      code\n      name\n    }\n  }\n}"): (typeof documents)["query DirectoryCodeLists {\n  directoryCodeLists {\n    languages {\n      code\n      name\n    }\n    targetGroups {\n      code\n      name\n    }\n    organisationTopics {\n      code\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DirectoryContactCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  email\n  website\n  isOutdated\n  addresses {\n    id\n    label\n    street\n    postalCode\n    city\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n}"): (typeof documents)["fragment DirectoryContactCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  email\n  website\n  isOutdated\n  addresses {\n    id\n    label\n    street\n    postalCode\n    city\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryContactCardSearch($text: String!) {\n  directoryEntries(filter: {text: $text}, first: 8) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        shortName\n        addresses {\n          id\n          city\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query DirectoryContactCardSearch($text: String!) {\n  directoryEntries(filter: {text: $text}, first: 8) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        shortName\n        addresses {\n          id\n          city\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryContactCards($ids: [ID!]!) {\n  directoryEntriesByIds(ids: $ids) {\n    ...DirectoryContactCardFields\n  }\n}"): (typeof documents)["query DirectoryContactCards($ids: [ID!]!) {\n  directoryEntriesByIds(ids: $ids) {\n    ...DirectoryContactCardFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryEntries($filter: DirectoryFilter, $first: Int!, $after: String) {\n  directoryEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DirectoryEntryCardFields\n      }\n    }\n    facets {\n      kinds {\n        value\n        label\n        count\n      }\n      courseTypes {\n        value\n        label\n        count\n      }\n      cefrLevels {\n        value\n        label\n        count\n      }\n      formats {\n        value\n        label\n        count\n      }\n      languages {\n        value\n        label\n        count\n      }\n      targetGroups {\n        value\n        label\n        count\n      }\n      districts {\n        value\n        label\n        count\n      }\n      childcare\n      openNow\n      startsWithin {\n        weeks\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query DirectoryEntries($filter: DirectoryFilter, $first: Int!, $after: String) {\n  directoryEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DirectoryEntryCardFields\n      }\n    }\n    facets {\n      kinds {\n        value\n        label\n        count\n      }\n      courseTypes {\n        value\n        label\n        count\n      }\n      cefrLevels {\n        value\n        label\n        count\n      }\n      formats {\n        value\n        label\n        count\n      }\n      languages {\n        value\n        label\n        count\n      }\n      targetGroups {\n        value\n        label\n        count\n      }\n      districts {\n        value\n        label\n        count\n      }\n      childcare\n      openNow\n      startsWithin {\n        weeks\n        count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryEntry($id: ID!) {\n  directoryEntry(id: $id) {\n    ...DirectoryEntryDetailFields\n  }\n}"): (typeof documents)["query DirectoryEntry($id: ID!) {\n  directoryEntry(id: $id) {\n    ...DirectoryEntryDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DirectoryEntryCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  isOutdated\n  distanceKm\n  version\n  addresses {\n    ...DirectoryAddressFields\n  }\n  languages {\n    code\n    name\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  courseOffers {\n    id\n    type\n    cefrLevel\n    nextStartDate\n    childcare\n  }\n}"): (typeof documents)["fragment DirectoryEntryCardFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  phone\n  isOutdated\n  distanceKm\n  version\n  addresses {\n    ...DirectoryAddressFields\n  }\n  languages {\n    code\n    name\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  courseOffers {\n    id\n    type\n    cefrLevel\n    nextStartDate\n    childcare\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DirectoryEntryDetailFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  description\n  descriptionHtml\n  phone\n  email\n  website\n  accessibilityNotes\n  tags\n  visibility\n  version\n  isOutdated\n  lastVerifiedAt\n  verificationDueAt\n  updatedAt\n  communities\n  countriesOfOrigin\n  agency {\n    id\n    name\n  }\n  addresses {\n    ...DirectoryAddressFields\n    latitude\n    longitude\n    coordinatesApproximate\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  languages {\n    code\n    name\n  }\n  targetGroups {\n    code\n    name\n  }\n  topics {\n    code\n    name\n  }\n  courseOffers {\n    id\n    type\n    cefrLevel\n    format\n    schedule\n    nextStartDate\n    placesFree\n    childcare\n    approvalNumber\n    note\n    location {\n      id\n    }\n  }\n  internal {\n    externalId\n    viewerCanDelete\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    lastVerifiedBy {\n      id\n      displayName\n    }\n    cooperation {\n      since\n      kind\n      agencyContact\n    }\n    contactPersons {\n      id\n      name\n      role\n      phone\n      email\n      languages\n      consentGivenOn\n    }\n    history {\n      id\n      action\n      changedAt\n      version\n      changedBy {\n        id\n        displayName\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n}"): (typeof documents)["fragment DirectoryEntryDetailFields on DirectoryEntry {\n  id\n  kind\n  name\n  shortName\n  description\n  descriptionHtml\n  phone\n  email\n  website\n  accessibilityNotes\n  tags\n  visibility\n  version\n  isOutdated\n  lastVerifiedAt\n  verificationDueAt\n  updatedAt\n  communities\n  countriesOfOrigin\n  agency {\n    id\n    name\n  }\n  addresses {\n    ...DirectoryAddressFields\n    latitude\n    longitude\n    coordinatesApproximate\n  }\n  openingHours {\n    weekday\n    opens\n    closes\n    note\n  }\n  openingHoursNote\n  languages {\n    code\n    name\n  }\n  targetGroups {\n    code\n    name\n  }\n  topics {\n    code\n    name\n  }\n  courseOffers {\n    id\n    type\n    cefrLevel\n    format\n    schedule\n    nextStartDate\n    placesFree\n    childcare\n    approvalNumber\n    note\n    location {\n      id\n    }\n  }\n  internal {\n    externalId\n    viewerCanDelete\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n    lastVerifiedBy {\n      id\n      displayName\n    }\n    cooperation {\n      since\n      kind\n      agencyContact\n    }\n    contactPersons {\n      id\n      name\n      role\n      phone\n      email\n      languages\n      consentGivenOn\n    }\n    history {\n      id\n      action\n      changedAt\n      version\n      changedBy {\n        id\n        displayName\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryEntryReferences($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    referencingArticles {\n      id\n      slug\n      title\n    }\n    referencingProjects {\n      id\n      slug\n      title\n      public\n    }\n  }\n}"): (typeof documents)["query DirectoryEntryReferences($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    referencingArticles {\n      id\n      slug\n      title\n    }\n    referencingProjects {\n      id\n      slug\n      title\n      public\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryHandout($filter: DirectoryFilter, $first: Int!) {\n  directoryEntries(filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        phone\n        email\n        distanceKm\n        addresses {\n          id\n          street\n          postalCode\n          city\n        }\n        openingHours {\n          weekday\n          opens\n          closes\n          note\n        }\n        openingHoursNote\n        courseOffers {\n          id\n          type\n          cefrLevel\n          nextStartDate\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query DirectoryHandout($filter: DirectoryFilter, $first: Int!) {\n  directoryEntries(filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        name\n        phone\n        email\n        distanceKm\n        addresses {\n          id\n          street\n          postalCode\n          city\n        }\n        openingHours {\n          weekday\n          opens\n          closes\n          note\n        }\n        openingHoursNote\n        courseOffers {\n          id\n          type\n          cefrLevel\n          nextStartDate\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryVerificationIntervals {\n  directoryVerificationIntervals {\n    kind\n    months\n  }\n}"): (typeof documents)["query DirectoryVerificationIntervals {\n  directoryVerificationIntervals {\n    kind\n    months\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportDirectoryEntries($input: ImportDirectoryEntriesInput!) {\n  importDirectoryEntries(input: $input) {\n    dryRun\n    applied\n    encoding\n    separator\n    created\n    updated\n    unchanged\n    rejected\n    items {\n      row\n      rows\n      externalId\n      name\n      action\n      entryId\n      changedColumns\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n}"): (typeof documents)["mutation ImportDirectoryEntries($input: ImportDirectoryEntriesInput!) {\n  importDirectoryEntries(input: $input) {\n    dryRun\n    applied\n    encoding\n    separator\n    created\n    updated\n    unchanged\n    rejected\n    items {\n      row\n      rows\n      externalId\n      name\n      action\n      entryId\n      changedColumns\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDirectoryReviews {\n  myDirectoryReviews {\n    id\n    kind\n    name\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    addresses {\n      ...DirectoryAddressFields\n    }\n  }\n}"): (typeof documents)["query MyDirectoryReviews {\n  myDirectoryReviews {\n    id\n    kind\n    name\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    addresses {\n      ...DirectoryAddressFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveDirectoryContactPerson($id: ID!) {\n  removeDirectoryContactPerson(id: $id)\n}"): (typeof documents)["mutation RemoveDirectoryContactPerson($id: ID!) {\n  removeDirectoryContactPerson(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDirectoryVerificationInterval($kind: DirectoryEntryKind!, $months: Int!) {\n  setDirectoryVerificationInterval(kind: $kind, months: $months) {\n    kind\n    months\n  }\n}"): (typeof documents)["mutation SetDirectoryVerificationInterval($kind: DirectoryEntryKind!, $months: Int!) {\n  setDirectoryVerificationInterval(kind: $kind, months: $months) {\n    kind\n    months\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDirectoryCode($list: DirectoryCodeList!, $code: String!, $input: UpdateDirectoryCodeInput!) {\n  updateDirectoryCode(list: $list, code: $code, input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}"): (typeof documents)["mutation UpdateDirectoryCode($list: DirectoryCodeList!, $code: String!, $input: UpdateDirectoryCodeInput!) {\n  updateDirectoryCode(list: $list, code: $code, input: $input) {\n    ...AdminDirectoryCodeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDirectoryEntry($id: ID!, $input: UpdateDirectoryEntryInput!) {\n  updateDirectoryEntry(id: $id, input: $input) {\n    ...DirectoryEntryDetailFields\n  }\n}"): (typeof documents)["mutation UpdateDirectoryEntry($id: ID!, $input: UpdateDirectoryEntryInput!) {\n  updateDirectoryEntry(id: $id, input: $input) {\n    ...DirectoryEntryDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyDirectoryEntry($id: ID!) {\n  verifyDirectoryEntry(id: $id) {\n    id\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    internal {\n      lastVerifiedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["mutation VerifyDirectoryEntry($id: ID!) {\n  verifyDirectoryEntry(id: $id) {\n    id\n    isOutdated\n    lastVerifiedAt\n    verificationDueAt\n    internal {\n      lastVerifiedBy {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleForEdit($slug: String!) {\n  article(slug: $slug) {\n    ...EditedArticleFields\n  }\n}"): (typeof documents)["query ArticleForEdit($slug: String!) {\n  article(slug: $slug) {\n    ...EditedArticleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateArticle($input: CreateArticleInput!) {\n  createArticle(input: $input) {\n    ...EditedArticleFields\n  }\n}"): (typeof documents)["mutation CreateArticle($input: CreateArticleInput!) {\n  createArticle(input: $input) {\n    ...EditedArticleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EditedArticleFields on Article {\n  id\n  slug\n  title\n  summary\n  tags\n  body\n  language\n  status\n  visibility\n  kind\n  revisionNumber\n  updatedAt\n  viewerCanEdit\n  category {\n    id\n  }\n}"): (typeof documents)["fragment EditedArticleFields on Article {\n  id\n  slug\n  title\n  summary\n  tags\n  body\n  language\n  status\n  visibility\n  kind\n  revisionNumber\n  updatedAt\n  viewerCanEdit\n  category {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditorOptions {\n  categories {\n    id\n    name\n    children {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query EditorOptions {\n  categories {\n    id\n    name\n    children {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishArticle($id: ID!) {\n  publishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}"): (typeof documents)["mutation PublishArticle($id: ID!) {\n  publishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishArticle($id: ID!) {\n  unpublishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}"): (typeof documents)["mutation UnpublishArticle($id: ID!) {\n  unpublishArticle(id: $id) {\n    ...EditedArticleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n  updateArticle(id: $id, input: $input) {\n    ...EditedArticleFields\n  }\n}"): (typeof documents)["mutation UpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n  updateArticle(id: $id, input: $input) {\n    ...EditedArticleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleLanguageVersions($id: ID!) {\n  article(id: $id) {\n    id\n    language\n    viewerCanEdit\n    languageVersions {\n      isSource\n      variant\n      language\n      article {\n        id\n        slug\n        title\n        status\n      }\n    }\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}"): (typeof documents)["query ArticleLanguageVersions($id: ID!) {\n  article(id: $id) {\n    id\n    language\n    viewerCanEdit\n    languageVersions {\n      isSource\n      variant\n      language\n      article {\n        id\n        slug\n        title\n        status\n      }\n    }\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLanguageVersion($input: CreateLanguageVersionInput!) {\n  createLanguageVersion(input: $input) {\n    id\n    slug\n  }\n}"): (typeof documents)["mutation CreateLanguageVersion($input: CreateLanguageVersionInput!) {\n  createLanguageVersion(input: $input) {\n    id\n    slug\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LanguageVersionState on LanguageVersion {\n  variant\n  language\n  sourceRevisionNumber\n  sourceLatestRevisionNumber\n  sourceChanged\n  syncedAt\n  source {\n    id\n    slug\n    title\n  }\n  sourceChanges {\n    fromRevisionNumber\n    toRevisionNumber\n    fromTitle\n    toTitle\n    titleChanged\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}"): (typeof documents)["fragment LanguageVersionState on LanguageVersion {\n  variant\n  language\n  sourceRevisionNumber\n  sourceLatestRevisionNumber\n  sourceChanged\n  syncedAt\n  source {\n    id\n    slug\n    title\n  }\n  sourceChanges {\n    fromRevisionNumber\n    toRevisionNumber\n    fromTitle\n    toTitle\n    titleChanged\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkLanguageVersionCurrent($articleId: ID!) {\n  markLanguageVersionCurrent(articleId: $articleId) {\n    id\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}"): (typeof documents)["mutation MarkLanguageVersionCurrent($articleId: ID!) {\n  markLanguageVersionCurrent(articleId: $articleId) {\n    id\n    languageVersion {\n      ...LanguageVersionState\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleMaterialFiles($slug: String!) {\n  article(slug: $slug) {\n    id\n    kind\n    viewerCanEdit\n    materialFiles {\n      ...MaterialFileFields\n    }\n  }\n}"): (typeof documents)["query ArticleMaterialFiles($slug: String!) {\n  article(slug: $slug) {\n    id\n    kind\n    viewerCanEdit\n    materialFiles {\n      ...MaterialFileFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMaterialFile($id: ID!) {\n  deleteMaterialFile(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteMaterialFile($id: ID!) {\n  deleteMaterialFile(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MaterialFileFields on MaterialFile {\n  id\n  articleId\n  title\n  fileName\n  mediaType\n  sizeBytes\n  language\n  licence\n  licenceNote\n  easyLanguage\n  downloadUrl\n  uploadedAt\n  uploadedBy {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment MaterialFileFields on MaterialFile {\n  id\n  articleId\n  title\n  fileName\n  mediaType\n  sizeBytes\n  language\n  licence\n  licenceNote\n  easyLanguage\n  downloadUrl\n  uploadedAt\n  uploadedBy {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaterialUploadLimits {\n  materialUploadLimits {\n    maxFileBytes\n    extensions\n    uploadPathTemplate\n  }\n}"): (typeof documents)["query MaterialUploadLimits {\n  materialUploadLimits {\n    maxFileBytes\n    extensions\n    uploadPathTemplate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Materials($filter: MaterialsFilter, $first: Int = 20, $offset: Int = 0) {\n  materials(filter: $filter, first: $first, offset: $offset) {\n    totalCount\n    availableLanguages\n    items {\n      article {\n        id\n        slug\n        title\n        summary\n        tags\n        visibility\n        category {\n          id\n          name\n        }\n      }\n      files {\n        ...MaterialFileFields\n      }\n    }\n  }\n}"): (typeof documents)["query Materials($filter: MaterialsFilter, $first: Int = 20, $offset: Int = 0) {\n  materials(filter: $filter, first: $first, offset: $offset) {\n    totalCount\n    availableLanguages\n    items {\n      article {\n        id\n        slug\n        title\n        summary\n        tags\n        visibility\n        category {\n          id\n          name\n        }\n      }\n      files {\n        ...MaterialFileFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMaterialFile($id: ID!, $input: UpdateMaterialFileInput!) {\n  updateMaterialFile(id: $id, input: $input) {\n    ...MaterialFileFields\n  }\n}"): (typeof documents)["mutation UpdateMaterialFile($id: ID!, $input: UpdateMaterialFileInput!) {\n  updateMaterialFile(id: $id, input: $input) {\n    ...MaterialFileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"): (typeof documents)["mutation MarkAllNotificationsRead {\n  markAllNotificationsRead\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}"): (typeof documents)["mutation MarkNotificationRead($id: ID!) {\n  markNotificationRead(id: $id) {\n    id\n    readAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($unreadOnly: Boolean!, $first: Int!) {\n  notifications(unreadOnly: $unreadOnly, first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n}"): (typeof documents)["query Notifications($unreadOnly: Boolean!, $first: Int!) {\n  notifications(unreadOnly: $unreadOnly, first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProgrammeEvent($programmeId: ID!, $input: CreateProgrammeEventInput!) {\n  addProgrammeEvent(programmeId: $programmeId, input: $input) {\n    ...ProgrammeEventFields\n  }\n}"): (typeof documents)["mutation AddProgrammeEvent($programmeId: ID!, $input: CreateProgrammeEventInput!) {\n  addProgrammeEvent(programmeId: $programmeId, input: $input) {\n    ...ProgrammeEventFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminProgrammeEvents($id: ID!) {\n  programme(id: $id) {\n    id\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}"): (typeof documents)["query AdminProgrammeEvents($id: ID!) {\n  programme(id: $id) {\n    id\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminProjectTopicFields on ProjectTopic {\n  id\n  name\n  slug\n  archived\n}"): (typeof documents)["fragment AdminProjectTopicFields on ProjectTopic {\n  id\n  name\n  slug\n  archived\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminProjectTopics {\n  projectTopics(includeArchived: true) {\n    ...AdminProjectTopicFields\n  }\n}"): (typeof documents)["query AdminProjectTopics {\n  projectTopics(includeArchived: true) {\n    ...AdminProjectTopicFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyOverview {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n  programmes {\n    id\n    slug\n    name\n    startsOn\n    endsOn\n    agencies {\n      id\n    }\n  }\n}"): (typeof documents)["query AgencyOverview {\n  agencies {\n    id\n    name\n    kind\n    region\n  }\n  programmes {\n    id\n    slug\n    name\n    startsOn\n    endsOn\n    agencies {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyOverviewProjects($agencyId: ID!, $first: Int!, $after: String) {\n  projects(filter: {agencyIds: [$agencyId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        programme {\n          id\n          slug\n          name\n        }\n        coachingProgress {\n          done\n          planned\n        }\n        milestones {\n          id\n          done\n        }\n        members {\n          id\n          userId\n          externalName\n          displayName\n          function\n          externalRole\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AgencyOverviewProjects($agencyId: ID!, $first: Int!, $after: String) {\n  projects(filter: {agencyIds: [$agencyId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        programme {\n          id\n          slug\n          name\n        }\n        coachingProgress {\n          done\n          planned\n        }\n        milestones {\n          id\n          done\n        }\n        members {\n          id\n          userId\n          externalName\n          displayName\n          function\n          externalRole\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveProjectTopic($id: ID!, $archived: Boolean!) {\n  archiveProjectTopic(id: $id, archived: $archived) {\n    ...AdminProjectTopicFields\n  }\n}"): (typeof documents)["mutation ArchiveProjectTopic($id: ID!, $archived: Boolean!) {\n  archiveProjectTopic(id: $id, archived: $archived) {\n    ...AdminProjectTopicFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProjectTopic($input: CreateProjectTopicInput!) {\n  createProjectTopic(input: $input) {\n    ...AdminProjectTopicFields\n  }\n}"): (typeof documents)["mutation CreateProjectTopic($input: CreateProjectTopicInput!) {\n  createProjectTopic(input: $input) {\n    ...AdminProjectTopicFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeBySlug($slug: String!) {\n  programme(slug: $slug) {\n    ...ProgrammeFields\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}"): (typeof documents)["query ProgrammeBySlug($slug: String!) {\n  programme(slug: $slug) {\n    ...ProgrammeFields\n    events {\n      ...ProgrammeEventFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgrammeEventFields on ProgrammeEvent {\n  id\n  title\n  kind\n  startsOn\n  endsOn\n  place\n  notes\n}"): (typeof documents)["fragment ProgrammeEventFields on ProgrammeEvent {\n  id\n  title\n  kind\n  startsOn\n  endsOn\n  place\n  notes\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgrammeFields on Programme {\n  id\n  slug\n  name\n  description\n  startsOn\n  endsOn\n  agencies {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ProgrammeFields on Programme {\n  id\n  slug\n  name\n  description\n  startsOn\n  endsOn\n  agencies {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeList {\n  programmes {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["query ProgrammeList {\n  programmes {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeTimelineProjects($programmeId: ID!, $first: Int!, $after: String) {\n  projects(filter: {programmeIds: [$programmeId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        agency {\n          id\n          name\n        }\n        milestones {\n          id\n          title\n          kind\n          date\n          done\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ProgrammeTimelineProjects($programmeId: ID!, $first: Int!, $after: String) {\n  projects(filter: {programmeIds: [$programmeId]}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        status\n        agency {\n          id\n          name\n        }\n        milestones {\n          id\n          title\n          kind\n          date\n          done\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveProgrammeEvent($id: ID!) {\n  removeProgrammeEvent(id: $id)\n}"): (typeof documents)["mutation RemoveProgrammeEvent($id: ID!) {\n  removeProgrammeEvent(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameProjectTopic($id: ID!, $name: String!) {\n  updateProjectTopic(id: $id, input: {name: $name}) {\n    ...AdminProjectTopicFields\n  }\n}"): (typeof documents)["mutation RenameProjectTopic($id: ID!, $name: String!) {\n  updateProjectTopic(id: $id, input: {name: $name}) {\n    ...AdminProjectTopicFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProgrammeAgencies($id: ID!, $agencyIds: [ID!]!) {\n  setProgrammeAgencies(id: $id, agencyIds: $agencyIds) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["mutation SetProgrammeAgencies($id: ID!, $agencyIds: [ID!]!) {\n  setProgrammeAgencies(id: $id, agencyIds: $agencyIds) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n  updateProgramme(id: $id, input: $input) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {\n  updateProgramme(id: $id, input: $input) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgrammeEvent($id: ID!, $input: UpdateProgrammeEventInput!) {\n  updateProgrammeEvent(id: $id, input: $input) {\n    ...ProgrammeEventFields\n  }\n}"): (typeof documents)["mutation UpdateProgrammeEvent($id: ID!, $input: UpdateProgrammeEventInput!) {\n  updateProgrammeEvent(id: $id, input: $input) {\n    ...ProgrammeEventFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptProjectChangeProposal($id: ID!, $baseVersion: Int!, $note: String!) {\n  acceptProjectChangeProposal(id: $id, baseVersion: $baseVersion, note: $note) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation AcceptProjectChangeProposal($id: ID!, $baseVersion: Int!, $note: String!) {\n  acceptProjectChangeProposal(id: $id, baseVersion: $baseVersion, note: $note) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProjectMember($projectId: ID!, $input: AddProjectMemberInput!) {\n  addProjectMember(projectId: $projectId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddProjectMember($projectId: ID!, $input: AddProjectMemberInput!) {\n  addProjectMember(projectId: $projectId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProjectMilestone($projectId: ID!, $input: AddProjectMilestoneInput!) {\n  addProjectMilestone(projectId: $projectId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddProjectMilestone($projectId: ID!, $input: AddProjectMilestoneInput!) {\n  addProjectMilestone(projectId: $projectId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProjects($slug: String!) {\n  article(slug: $slug) {\n    id\n    projects {\n      projectId\n      projectSlug\n      projectTitle\n      projectStatus\n      projectPublic\n      kind\n    }\n  }\n}"): (typeof documents)["query ArticleProjects($slug: String!) {\n  article(slug: $slug) {\n    id\n    projects {\n      projectId\n      projectSlug\n      projectTitle\n      projectStatus\n      projectPublic\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeProjectStatus($id: ID!, $input: ChangeProjectStatusInput!) {\n  changeProjectStatus(id: $id, input: $input) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation ChangeProjectStatus($id: ID!, $input: ChangeProjectStatusInput!) {\n  changeProjectStatus(id: $id, input: $input) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($input: CreateProjectInput!) {\n  createProject(input: $input) {\n    id\n    slug\n    version\n  }\n}"): (typeof documents)["mutation CreateProject($input: CreateProjectInput!) {\n  createProject(input: $input) {\n    id\n    slug\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  linkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation LinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  linkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkProjectArticle($projectId: ID!, $articleId: ID!, $kind: ProjectArticleLinkKind!) {\n  linkProjectArticle(projectId: $projectId, articleId: $articleId, kind: $kind) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation LinkProjectArticle($projectId: ID!, $articleId: ID!, $kind: ProjectArticleLinkKind!) {\n  linkProjectArticle(projectId: $projectId, articleId: $articleId, kind: $kind) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectArticleCandidates($query: String!) {\n  search(query: $query, first: 8, filter: {kinds: [ARTICLE]}) {\n    hits {\n      id\n      entityId\n      title\n      categoryPath\n    }\n  }\n}"): (typeof documents)["query ProjectArticleCandidates($query: String!) {\n  search(query: $query, first: 8, filter: {kinds: [ARTICLE]}) {\n    hits {\n      id\n      entityId\n      title\n      categoryPath\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectBySlug($slug: String!) {\n  project(slug: $slug) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["query ProjectBySlug($slug: String!) {\n  project(slug: $slug) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectCandidates($text: String!) {\n  projects(filter: {text: $text}, first: 8) {\n    edges {\n      node {\n        id\n        slug\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ProjectCandidates($text: String!) {\n  projects(filter: {text: $text}, first: 8) {\n    edges {\n      node {\n        id\n        slug\n        title\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectDetailFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  version\n  problemStatement\n  goals\n  outcomes\n  lessonsLearned\n  bodyHtml\n  createdAt\n  updatedAt\n  completedAt\n  publishedAt\n  viewerCanEdit\n  viewerCanPropose\n  publishedBy {\n    id\n    displayName\n  }\n  updatedBy {\n    id\n    displayName\n  }\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n    userId\n    externalName\n    externalRole\n    function\n  }\n  statusHistory {\n    id\n    fromStatus\n    toStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n  milestones {\n    id\n    title\n    date\n    done\n    kind\n    notes\n  }\n  coachingProgress {\n    done\n    planned\n    recommendedMin\n    max\n  }\n  articleLinks {\n    kind\n    article {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n    }\n  }\n  inspiredBy {\n    id\n    slug\n    title\n    status\n  }\n  inspired {\n    id\n    slug\n    title\n    status\n  }\n  changeProposals {\n    id\n    status\n    message\n    baseVersion\n    createdAt\n    decidedAt\n    decisionNote\n    proposedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    changes {\n      title\n      problemStatement\n      goals\n      outcomes\n      lessonsLearned\n    }\n  }\n}"): (typeof documents)["fragment ProjectDetailFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  version\n  problemStatement\n  goals\n  outcomes\n  lessonsLearned\n  bodyHtml\n  createdAt\n  updatedAt\n  completedAt\n  publishedAt\n  viewerCanEdit\n  viewerCanPropose\n  publishedBy {\n    id\n    displayName\n  }\n  updatedBy {\n    id\n    displayName\n  }\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n    userId\n    externalName\n    externalRole\n    function\n  }\n  statusHistory {\n    id\n    fromStatus\n    toStatus\n    note\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n  milestones {\n    id\n    title\n    date\n    done\n    kind\n    notes\n  }\n  coachingProgress {\n    done\n    planned\n    recommendedMin\n    max\n  }\n  articleLinks {\n    kind\n    article {\n      id\n      slug\n      title\n      summary\n      status\n      visibility\n    }\n  }\n  inspiredBy {\n    id\n    slug\n    title\n    status\n  }\n  inspired {\n    id\n    slug\n    title\n    status\n  }\n  changeProposals {\n    id\n    status\n    message\n    baseVersion\n    createdAt\n    decidedAt\n    decisionNote\n    proposedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    changes {\n      title\n      problemStatement\n      goals\n      outcomes\n      lessonsLearned\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectFilterOptions {\n  agencies {\n    id\n    name\n  }\n  programmes {\n    id\n    slug\n    name\n  }\n  projectTopics {\n    id\n    name\n  }\n}"): (typeof documents)["query ProjectFilterOptions {\n  agencies {\n    id\n    name\n  }\n  programmes {\n    id\n    slug\n    name\n  }\n  projectTopics {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectForEdit($slug: String!) {\n  project(slug: $slug) {\n    id\n    slug\n    title\n    version\n    visibility\n    problemStatement\n    goals\n    outcomes\n    lessonsLearned\n    body\n    viewerCanEdit\n    agency {\n      id\n    }\n    programme {\n      id\n    }\n    topic {\n      id\n    }\n  }\n}"): (typeof documents)["query ProjectForEdit($slug: String!) {\n  project(slug: $slug) {\n    id\n    slug\n    title\n    version\n    visibility\n    problemStatement\n    goals\n    outcomes\n    lessonsLearned\n    body\n    viewerCanEdit\n    agency {\n      id\n    }\n    programme {\n      id\n    }\n    topic {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectSummaryFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  publishedAt\n  updatedAt\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  coachingProgress {\n    done\n    planned\n  }\n}"): (typeof documents)["fragment ProjectSummaryFields on Project {\n  id\n  slug\n  title\n  status\n  visibility\n  publishedAt\n  updatedAt\n  agency {\n    id\n    name\n  }\n  programme {\n    id\n    slug\n    name\n  }\n  topic {\n    id\n    name\n  }\n  coachingProgress {\n    done\n    planned\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectTeamUsers {\n  users {\n    id\n    displayName\n    active\n    agency {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query ProjectTeamUsers {\n  users {\n    id\n    displayName\n    active\n    agency {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Projects($filter: ProjectsFilter, $first: Int!, $after: String) {\n  projects(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ProjectSummaryFields\n      }\n    }\n  }\n}"): (typeof documents)["query Projects($filter: ProjectsFilter, $first: Int!, $after: String) {\n  projects(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ProjectSummaryFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeProjectChange($projectId: ID!, $input: ProposeProjectChangeInput!) {\n  proposeProjectChange(projectId: $projectId, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation ProposeProjectChange($projectId: ID!, $input: ProposeProjectChangeInput!) {\n  proposeProjectChange(projectId: $projectId, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishProject($id: ID!) {\n  publishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation PublishProject($id: ID!) {\n  publishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectProjectChangeProposal($id: ID!, $note: String!) {\n  rejectProjectChangeProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RejectProjectChangeProposal($id: ID!, $note: String!) {\n  rejectProjectChangeProposal(id: $id, note: $note) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveProjectMember($id: ID!) {\n  removeProjectMember(id: $id)\n}"): (typeof documents)["mutation RemoveProjectMember($id: ID!) {\n  removeProjectMember(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveProjectMilestone($id: ID!) {\n  removeProjectMilestone(id: $id)\n}"): (typeof documents)["mutation RemoveProjectMilestone($id: ID!) {\n  removeProjectMilestone(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  unlinkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation UnlinkInspiringProject($projectId: ID!, $inspiringProjectId: ID!) {\n  unlinkInspiringProject(\n    projectId: $projectId\n    inspiringProjectId: $inspiringProjectId\n  ) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkProjectArticle($projectId: ID!, $articleId: ID!) {\n  unlinkProjectArticle(projectId: $projectId, articleId: $articleId) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation UnlinkProjectArticle($projectId: ID!, $articleId: ID!) {\n  unlinkProjectArticle(projectId: $projectId, articleId: $articleId) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishProject($id: ID!) {\n  unpublishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}"): (typeof documents)["mutation UnpublishProject($id: ID!) {\n  unpublishProject(id: $id) {\n    ...ProjectDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n  updateProject(id: $id, input: $input) {\n    id\n    slug\n    version\n  }\n}"): (typeof documents)["mutation UpdateProject($id: ID!, $input: UpdateProjectInput!) {\n  updateProject(id: $id, input: $input) {\n    id\n    slug\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProjectMember($id: ID!, $input: UpdateProjectMemberInput!) {\n  updateProjectMember(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation UpdateProjectMember($id: ID!, $input: UpdateProjectMemberInput!) {\n  updateProjectMember(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProjectMilestone($id: ID!, $input: UpdateProjectMilestoneInput!) {\n  updateProjectMilestone(id: $id, input: $input) {\n    id\n    done\n  }\n}"): (typeof documents)["mutation UpdateProjectMilestone($id: ID!, $input: UpdateProjectMilestoneInput!) {\n  updateProjectMilestone(id: $id, input: $input) {\n    id\n    done\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleReview($id: ID!) {\n  article(id: $id) {\n    ...ArticleReviewFields\n  }\n}"): (typeof documents)["query ArticleReview($id: ID!) {\n  article(id: $id) {\n    ...ArticleReviewFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ArticleReviewFields on Article {\n  id\n  status\n  viewerCanEdit\n  reviewOverdue\n  reviewDueAt\n  reviewIntervalMonths\n  lastVerifiedAt\n  lastVerifiedBy {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment ArticleReviewFields on Article {\n  id\n  status\n  viewerCanEdit\n  reviewOverdue\n  reviewDueAt\n  reviewIntervalMonths\n  lastVerifiedAt\n  lastVerifiedBy {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryReviewIntervals {\n  categories {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}"): (typeof documents)["query CategoryReviewIntervals {\n  categories {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReviews($withinDays: Int!) {\n  myReviews(withinDays: $withinDays) {\n    dueAt\n    overdue\n    lastVerifiedAt\n    intervalMonths\n    article {\n      id\n      slug\n      title\n    }\n  }\n}"): (typeof documents)["query MyReviews($withinDays: Int!) {\n  myReviews(withinDays: $withinDays) {\n    dueAt\n    overdue\n    lastVerifiedAt\n    intervalMonths\n    article {\n      id\n      slug\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewOverview {\n  reviewOverview {\n    total\n    upToDate\n    overdue\n    shareUpToDate\n    categories {\n      categoryId\n      categoryName\n      intervalMonths\n      total\n      upToDate\n      dueSoon\n      overdue\n      shareUpToDate\n    }\n  }\n}"): (typeof documents)["query ReviewOverview {\n  reviewOverview {\n    total\n    upToDate\n    overdue\n    shareUpToDate\n    categories {\n      categoryId\n      categoryName\n      intervalMonths\n      total\n      upToDate\n      dueSoon\n      overdue\n      shareUpToDate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCategoryReviewInterval($input: SetCategoryReviewIntervalInput!) {\n  setCategoryReviewInterval(input: $input) {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}"): (typeof documents)["mutation SetCategoryReviewInterval($input: SetCategoryReviewIntervalInput!) {\n  setCategoryReviewInterval(input: $input) {\n    id\n    reviewIntervalMonths\n    effectiveReviewIntervalMonths\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyArticle($id: ID!) {\n  verifyArticle(id: $id) {\n    ...ArticleReviewFields\n  }\n}"): (typeof documents)["mutation VerifyArticle($id: ID!) {\n  verifyArticle(id: $id) {\n    ...ArticleReviewFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleRevision($id: ID!) {\n  articleRevision(id: $id) {\n    id\n    number\n    name\n    title\n    summary\n    bodyHtml\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query ArticleRevision($id: ID!) {\n  articleRevision(id: $id) {\n    id\n    number\n    name\n    title\n    summary\n    bodyHtml\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompareRevisions($fromId: ID!, $toId: ID!) {\n  compareRevisions(fromId: $fromId, toId: $toId) {\n    titleChanged\n    from {\n      id\n      number\n      title\n    }\n    to {\n      id\n      number\n      title\n    }\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}"): (typeof documents)["query CompareRevisions($fromId: ID!, $toId: ID!) {\n  compareRevisions(fromId: $fromId, toId: $toId) {\n    titleChanged\n    from {\n      id\n      number\n      title\n    }\n    to {\n      id\n      number\n      title\n    }\n    blocks {\n      change\n      kind\n      segments {\n        change\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreRevision($revisionId: ID!) {\n  restoreRevision(revisionId: $revisionId) {\n    id\n    slug\n    revisionNumber\n  }\n}"): (typeof documents)["mutation RestoreRevision($revisionId: ID!) {\n  restoreRevision(revisionId: $revisionId) {\n    id\n    slug\n    revisionNumber\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevisionHistoryArticle($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    revisionNumber\n    viewerCanEdit\n  }\n}"): (typeof documents)["query RevisionHistoryArticle($slug: String!) {\n  article(slug: $slug) {\n    id\n    slug\n    title\n    revisionNumber\n    viewerCanEdit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevisionList($articleId: ID!) {\n  articleRevisions(articleId: $articleId) {\n    id\n    number\n    name\n    title\n    status\n    createdAt\n    restoredFromNumber\n    readability {\n      fleschAmstad\n    }\n    author {\n      id\n      displayName\n    }\n    authors {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query RevisionList($articleId: ID!) {\n  articleRevisions(articleId: $articleId) {\n    id\n    number\n    name\n    title\n    status\n    createdAt\n    restoredFromNumber\n    readability {\n      fleschAmstad\n    }\n    author {\n      id\n      displayName\n    }\n    authors {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveArticleVersion($articleId: ID!, $name: String) {\n  saveArticleVersion(articleId: $articleId, name: $name) {\n    id\n    number\n    name\n    createdAt\n  }\n}"): (typeof documents)["mutation SaveArticleVersion($articleId: ID!, $name: String) {\n  saveArticleVersion(articleId: $articleId, name: $name) {\n    id\n    number\n    name\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchResults($query: String!, $filter: SearchFilter, $sort: SearchSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n  search(\n    query: $query\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    suggestion\n    hits {\n      id\n      kind\n      entityId\n      url\n      title\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n      updatedAt\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      category {\n        value\n        label\n        count\n      }\n      language {\n        value\n        label\n        count\n      }\n      tag {\n        value\n        label\n        count\n      }\n      agency {\n        value\n        label\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query SearchResults($query: String!, $filter: SearchFilter, $sort: SearchSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n  search(\n    query: $query\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    suggestion\n    hits {\n      id\n      kind\n      entityId\n      url\n      title\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n      updatedAt\n    }\n    facets {\n      kind {\n        value\n        label\n        count\n      }\n      category {\n        value\n        label\n        count\n      }\n      language {\n        value\n        label\n        count\n      }\n      tag {\n        value\n        label\n        count\n      }\n      agency {\n        value\n        label\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSuggestions($query: String!, $first: Int! = 8) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      kind\n      url\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n    }\n  }\n}"): (typeof documents)["query SearchSuggestions($query: String!, $first: Int! = 8) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      kind\n      url\n      titleHighlighted\n      snippet\n      categoryPath\n      language\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSynonyms {\n  searchSynonyms\n}"): (typeof documents)["query SearchSynonyms {\n  searchSynonyms\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSearchSynonyms($groups: [[String!]!]!) {\n  setSearchSynonyms(groups: $groups)\n}"): (typeof documents)["mutation SetSearchSynonyms($groups: [[String!]!]!) {\n  setSearchSynonyms(groups: $groups)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddTeamMember($teamId: ID!, $userId: ID!) {\n  addTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}"): (typeof documents)["mutation AddTeamMember($teamId: ID!, $userId: ID!) {\n  addTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleOwner($id: ID!) {\n  article(id: $id) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query ArticleOwner($id: ID!) {\n  article(id: $id) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTeam($input: CreateTeamInput!) {\n  createTeam(input: $input) {\n    ...TeamFields\n  }\n}"): (typeof documents)["mutation CreateTeam($input: CreateTeamInput!) {\n  createTeam(input: $input) {\n    ...TeamFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTeam($id: ID!) {\n  deleteTeam(id: $id)\n}"): (typeof documents)["mutation DeleteTeam($id: ID!) {\n  deleteTeam(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DirectoryEntryOwner($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query DirectoryEntryOwner($id: ID!) {\n  directoryEntry(id: $id) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerCandidates {\n  ownerCandidates {\n    id\n    displayName\n  }\n  teams {\n    id\n    name\n  }\n}"): (typeof documents)["query OwnerCandidates {\n  ownerCandidates {\n    id\n    displayName\n  }\n  teams {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n  removeTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}"): (typeof documents)["mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n  removeTeamMember(teamId: $teamId, userId: $userId) {\n    ...TeamFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetArticleOwner($id: ID!, $owner: OwnerInput!) {\n  setArticleOwner(id: $id, owner: $owner) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation SetArticleOwner($id: ID!, $owner: OwnerInput!) {\n  setArticleOwner(id: $id, owner: $owner) {\n    id\n    owner {\n      id\n      displayName\n    }\n    ownerTeam {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDirectoryEntryOwner($id: ID!, $owner: OwnerInput!) {\n  setDirectoryEntryOwner(id: $id, owner: $owner) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["mutation SetDirectoryEntryOwner($id: ID!, $owner: OwnerInput!) {\n  setDirectoryEntryOwner(id: $id, owner: $owner) {\n    id\n    internal {\n      owner {\n        id\n        displayName\n      }\n      ownerTeam {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TeamFields on Team {\n  id\n  name\n  description\n  agency {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n  }\n  viewerCanManage\n  owned {\n    articles\n    directoryEntries\n  }\n}"): (typeof documents)["fragment TeamFields on Team {\n  id\n  name\n  description\n  agency {\n    id\n    name\n  }\n  members {\n    id\n    displayName\n  }\n  viewerCanManage\n  owned {\n    articles\n    directoryEntries\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teams {\n  teams {\n    ...TeamFields\n  }\n}"): (typeof documents)["query Teams {\n  teams {\n    ...TeamFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n  updateTeam(id: $id, input: $input) {\n    ...TeamFields\n  }\n}"): (typeof documents)["mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n  updateTeam(id: $id, input: $input) {\n    ...TeamFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;