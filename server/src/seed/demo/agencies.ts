import type { DemoAgency } from './types';

/** Demo agencies. Names are real institutions; all people and contact data in the demo are fictional. */
export const demoAgencies: DemoAgency[] = [
  {
    key: 'rd-bw',
    name: 'Regionaldirektion Baden-Württemberg',
    kind: 'REGIONALDIREKTION',
    region: 'Baden-Württemberg',
  },
  {
    key: 'aa-goeppingen',
    name: 'Agentur für Arbeit Göppingen',
    kind: 'AGENTUR_FUER_ARBEIT',
    region: 'Landkreis Göppingen',
  },
  {
    key: 'aa-ulm',
    name: 'Agentur für Arbeit Ulm',
    kind: 'AGENTUR_FUER_ARBEIT',
    region: 'Stadt Ulm, Alb-Donau-Kreis und Landkreis Biberach',
  },
  {
    key: 'jc-esslingen',
    name: 'Jobcenter Landkreis Esslingen',
    kind: 'JOBCENTER',
    region: 'Landkreis Esslingen',
  },
  {
    key: 'jc-stuttgart',
    name: 'Jobcenter Stuttgart',
    kind: 'JOBCENTER',
    region: 'Stadt Stuttgart',
  },
  {
    key: 'ext-netzwerk-integration',
    name: 'Netzwerk Integration Filstal (Beispielpartner)',
    kind: 'EXTERNAL',
    region: 'Landkreis Göppingen',
  },
];
