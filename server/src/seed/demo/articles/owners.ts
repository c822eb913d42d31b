/** Owner e-mails used by the demo articles (must be EDITOR or ADMIN in users.ts). */
export const OWNER_ADMIN = 'admin@wissensnetz.example';
export const OWNER_IKB_GOEPPINGEN = 'redaktion@wissensnetz.example';
export const OWNER_BCA_ULM = 'andrea.hofmann@wissensnetz.example';
export const OWNER_IKB_ESSLINGEN = 'thomas.weber@wissensnetz.example';
