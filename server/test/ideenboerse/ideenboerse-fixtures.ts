import { AgenciesService } from '../../src/agencies/agencies.service';
import { AgencyKind } from '../../src/agencies/agency-kind';
import { Role } from '../../src/common/auth/role';
import type { JSONContent } from '@wissensnetz/editor';
import { createEntry } from '../directory/directory-fixtures';
import type { GraphqlClient } from '../graphql-client';
import { sampleBody, type TestApp } from '../test-app';

/** A word in every fixture text, public and internal: searching for it must find only public things. */
export const SHARED_WORD = 'Kürbisfeld';

/**
 * Distinctive words that appear only in content anonymous visitors must never see: internal
 * projects, a public project that is not published, internal articles and an unpublished
 * public article. Each word is in the title (and so the slug) and in the text of its item.
 */
export const SECRET_WORDS = ['Quokka', 'Okapi', 'Zebrafink', 'Axolotl', 'Pangolin', 'Narwal'] as const;

export interface FixtureProject {
  id: string;
  slug: string;
  title: string;
}

export interface IdeenboerseWorld {
  admin: GraphqlClient;
  programme: { id: string; name: string };
  agencies: { id: string; name: string }[];
  topics: { leitsystem: { id: string; slug: string }; sprache: { id: string; slug: string } };
  /** Published PUBLIC projects, in publication order (the last is the newest). */
  published: FixtureProject[];
  /** Projects that must not appear: internal ones and a public one that is not published. */
  hidden: FixtureProject[];
  publicArticle: { id: string; slug: string; title: string };
  hiddenArticles: { id: string; slug: string; title: string }[];
  /** The published project with links to every kind of article and project. */
  showcase: FixtureProject;
  /** The published project whose title contains markup. */
  scriptTitled: FixtureProject;
  /** Directory entries behind the showcase's contact cards (in this order in its body). */
  directory: {
    publicEntry: { id: string; name: string };
    internalEntry: { id: string; name: string };
    /** The internal entry's data and the public entry's contact person: never for anonymous visitors. */
    hiddenTexts: string[];
  };
}

const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug title version } }`;
const UPDATE_PROJECT = `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { version } }`;
const STATUS = `mutation ($id: ID!, $s: ProjectStatus!) { changeProjectStatus(id: $id, input: { status: $s }) { id } }`;

async function createArticle(
  admin: GraphqlClient,
  title: string,
  text: string,
  visibility: 'PUBLIC' | 'INTERNAL',
  publish: boolean,
): Promise<{ id: string; slug: string; title: string }> {
  const { createArticle } = await admin.expectData<{ createArticle: { id: string; slug: string; title: string } }>(
    'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id slug title } }',
    { input: { title, summary: `${text} (Kurzfassung)`, body: sampleBody(text), visibility } },
  );
  if (publish)
    await admin.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: createArticle.id });
  return createArticle;
}

interface ProjectSpec {
  title: string;
  agencyId: string;
  topicId?: string;
  programmeId?: string;
  visibility: 'PUBLIC' | 'INTERNAL';
  text: string;
  complete: boolean;
  publish: boolean;
  /** Contact cards after the body text. */
  contactCards?: string[];
}

function bodyWithCards(text: string, entryIds: readonly string[]): JSONContent {
  return {
    type: 'doc',
    content: [
      ...(sampleBody(text).content ?? []),
      ...entryIds.map((entryId) => ({ type: 'contactCard', attrs: { entryId } })),
    ],
  };
}

async function createProject(admin: GraphqlClient, spec: ProjectSpec): Promise<FixtureProject> {
  const { createProject } = await admin.expectData<{ createProject: FixtureProject & { version: number } }>(
    CREATE_PROJECT,
    {
      input: {
        title: spec.title,
        agencyId: spec.agencyId,
        topicId: spec.topicId,
        programmeId: spec.programmeId,
        visibility: spec.visibility,
        problemStatement: `Ausgangslage: ${spec.text}`,
        goals: `Ziel: ${spec.text}\nZweite Zeile der Ziele`,
        body: bodyWithCards(`Beschreibung: ${spec.text}`, spec.contactCards ?? []),
      },
    },
  );
  await admin.expectData(UPDATE_PROJECT, {
    id: createProject.id,
    input: {
      baseVersion: createProject.version,
      outcomes: `Ergebnis: ${spec.text}`,
      lessonsLearned: `Erfahrung: ${spec.text}`,
    },
  });
  if (spec.complete) {
    for (const status of ['PLANNED', 'IN_PROGRESS', 'COMPLETED']) {
      await admin.expectData(STATUS, { id: createProject.id, s: status });
    }
  }
  if (spec.publish)
    await admin.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: createProject.id });
  return { id: createProject.id, slug: createProject.slug, title: createProject.title };
}

/** Builds the Ideenbörse world through the real GraphQL API, as an admin would. */
export async function buildIdeenboerseWorld(ctx: TestApp): Promise<IdeenboerseWorld> {
  const admin = (await ctx.newUser(Role.ADMIN)).client;
  const agencyService = ctx.app.get(AgenciesService);
  const agencies: { id: string; name: string }[] = [];
  for (const name of ['Jobcenter Kürbisstadt', 'Agentur für Arbeit Rübenheim', 'Jobcenter Lauchhausen']) {
    const agency = await agencyService.create({ name, kind: AgencyKind.JOBCENTER, region: 'BW' });
    agencies.push({ id: agency.id, name: agency.name });
  }
  const [kuerbis, rueben, lauch] = agencies as [(typeof agencies)[0], (typeof agencies)[0], (typeof agencies)[0]];
  const { createProgramme: programme } = await admin.expectData<{ createProgramme: { id: string; name: string } }>(
    'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name } }',
    {
      input: {
        name: 'Interkulturelle Öffnung 4.0 – 2020/21',
        startsOn: '2020-09-01',
        endsOn: '2021-12-31',
        agencyIds: agencies.map((agency) => agency.id),
      },
    },
  );
  const topic = async (name: string) =>
    (
      await admin.expectData<{ createProjectTopic: { id: string; slug: string } }>(
        'mutation ($name: String!) { createProjectTopic(input: { name: $name }) { id slug } }',
        { name },
      )
    ).createProjectTopic;
  const topics = { leitsystem: await topic('Leitsystem'), sprache: await topic('Leichte Sprache') };

  const publicArticle = await createArticle(
    admin,
    'Piktogramme im Eingangsbereich',
    `Öffentlicher Artikel übers ${SHARED_WORD}`,
    'PUBLIC',
    true,
  );
  const hiddenArticles = [
    await createArticle(admin, 'Interner Artikel Axolotl', `Axolotl-Interna im ${SHARED_WORD}`, 'INTERNAL', true),
    await createArticle(admin, 'Entwurf Pangolin', `Pangolin-Entwurf im ${SHARED_WORD}`, 'PUBLIC', false),
    await createArticle(admin, 'Interner Entwurf Narwal', `Narwal-Notizen im ${SHARED_WORD}`, 'INTERNAL', false),
  ];

  const publicEntry = await createEntry(admin, {
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Kürbisstadt gGmbH',
    visibility: 'PUBLIC',
    addresses: [{ street: 'Kürbisweg 5', postalCode: '70173', city: 'Stuttgart', district: 'Mitte' }],
    phone: '0711 123456',
    email: 'info@sprachschule.example',
    website: 'https://sprachschule.example/kurse',
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '12:00' })),
    openingHoursNote: 'Nach Vereinbarung auch abends',
  });
  await admin.expectData(
    `mutation ($id: ID!) { addDirectoryContactPerson(entryId: $id, input: {
      name: "Ameisenbär Kontaktperson", role: "Leitung", phone: "0711 777999", email: "ameisenbaer@sprachschule.example",
      consentGivenOn: "2026-02-01" }) { id } }`,
    { id: publicEntry.id },
  );
  const internalEntry = await createEntry(admin, {
    kind: 'COUNSELLING_SERVICE',
    name: 'Interne Erdferkel-Beratung',
    visibility: 'INTERNAL',
    addresses: [{ street: 'Geheimgasse 9', postalCode: '70174', city: 'Stuttgart', district: 'Mitte' }],
    phone: '0711 424242',
    email: 'erdferkel@intern.example',
  });

  const internal = await createProject(admin, {
    title: 'Internes Projekt Quokka',
    agencyId: kuerbis.id,
    topicId: topics.leitsystem.id,
    programmeId: programme.id,
    visibility: 'INTERNAL',
    text: `Quokka-Geheimnis im ${SHARED_WORD}`,
    complete: true,
    publish: false,
  });
  const unpublished = await createProject(admin, {
    title: 'Unveröffentlichtes Vorhaben Zebrafink',
    agencyId: rueben.id,
    topicId: topics.leitsystem.id,
    programmeId: programme.id,
    visibility: 'PUBLIC',
    text: `Zebrafink-Planung im ${SHARED_WORD}`,
    complete: true,
    publish: false,
  });
  const internalInProgress = await createProject(admin, {
    title: 'Laufendes Okapi-Projekt',
    agencyId: lauch.id,
    visibility: 'INTERNAL',
    text: `Okapi-Zwischenstand im ${SHARED_WORD}`,
    complete: false,
    publish: false,
  });

  const sprache = await createProject(admin, {
    title: 'Leichte Sprache am Empfang',
    agencyId: rueben.id,
    topicId: topics.sprache.id,
    programmeId: programme.id,
    visibility: 'PUBLIC',
    text: `Briefe in Leichter Sprache, erprobt im ${SHARED_WORD}`,
    complete: true,
    publish: true,
  });
  const scriptTitled = await createProject(admin, {
    title: '<script>alert("x")</script> Kooperation & Vielfalt',
    agencyId: lauch.id,
    visibility: 'PUBLIC',
    text: `Kooperation mit Migrantenorganisationen <b>fett</b> im ${SHARED_WORD}`,
    complete: true,
    publish: true,
  });
  const showcase = await createProject(admin, {
    title: 'Leitsystem im Eingangsbereich',
    agencyId: kuerbis.id,
    topicId: topics.leitsystem.id,
    programmeId: programme.id,
    visibility: 'PUBLIC',
    text: `Farben und Piktogramme im ${SHARED_WORD}`,
    complete: false,
    publish: false,
    contactCards: [publicEntry.id, internalEntry.id],
  });
  const link = (articleId: string, kind: 'OUTCOME' | 'REFERENCE') =>
    admin.expectData(
      'mutation ($p: ID!, $a: ID!, $k: ProjectArticleLinkKind!) { linkProjectArticle(projectId: $p, articleId: $a, kind: $k) { id } }',
      { p: showcase.id, a: articleId, k: kind },
    );
  await link(publicArticle.id, 'OUTCOME');
  await link(hiddenArticles[0]?.id ?? '', 'REFERENCE');
  await link(hiddenArticles[1]?.id ?? '', 'OUTCOME');
  await link(hiddenArticles[2]?.id ?? '', 'REFERENCE');
  for (const inspiring of [internal, unpublished, internalInProgress, sprache]) {
    await admin.expectData(
      'mutation ($p: ID!, $i: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $i) { id } }',
      { p: showcase.id, i: inspiring.id },
    );
  }
  for (const status of ['PLANNED', 'IN_PROGRESS', 'COMPLETED']) {
    await admin.expectData(STATUS, { id: showcase.id, s: status });
  }
  await admin.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: showcase.id });

  return {
    admin,
    programme,
    agencies,
    topics,
    published: [sprache, scriptTitled, showcase],
    hidden: [internal, unpublished, internalInProgress],
    publicArticle,
    hiddenArticles,
    showcase,
    scriptTitled,
    directory: {
      publicEntry: { id: publicEntry.id, name: publicEntry.name },
      internalEntry: { id: internalEntry.id, name: internalEntry.name },
      hiddenTexts: [
        'Erdferkel',
        'Geheimgasse',
        '0711 424242',
        'erdferkel@intern.example',
        'Ameisenbär',
        '0711 777999',
        'ameisenbaer@',
      ],
    },
  };
}
