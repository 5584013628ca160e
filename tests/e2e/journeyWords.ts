type BoardStage = 'prospect' | 'signed' | 'active';

/**
 * The words a person reads on screen and acts on in the role journeys, in each language the
 * journeys run in. Written out rather than read from the app's catalogues: a French page that
 * shows an English label, or none, must fail the French journey.
 */
export interface JourneyWords {
  /** The language's name in the app bar's language menu. */
  language: string;
  signIn: { email: string; password: string; submit: string };
  menu: { open: string; home: string; partnerships: string; cities: string; users: string; board: string };
  action: { create: string; edit: string; delete: string; save: string; export: string; selectRow: string };
  user: { fullName: string; email: string; role: string; region: string; password: string; coordinator: string; leadership: string };
  westernAfrica: RegExp;
  city: { lookup: string; us: string; name: string; derivedRegion: RegExp };
  partnership: { africanCity: string; usCity: string; nextStep: string };
  board: { stageColumn: (stage: BoardStage) => RegExp; stageTab: (stage: BoardStage) => RegExp; moveLabel: (pair: string) => string; signedStage: string; moveTitle: string; signedOn: string; confirm: string; moved: (pair: string) => string; readOnly: RegExp };
  counted: string;
  conflict: RegExp;
}

const STAGES_EN: Record<BoardStage, string> = { prospect: 'Prospect', signed: 'Signed', active: 'Active' };
const STAGES_FR: Record<BoardStage, string> = { prospect: 'Piste', signed: 'Signé', active: 'Actif' };

const en: JourneyWords = {
  language: 'English',
  signIn: { email: 'Email', password: 'Password', submit: 'Sign in' },
  menu: { open: 'Open menu', home: 'Home', partnerships: 'Partnerships', cities: 'Cities', users: 'Users', board: 'Board' },
  action: { create: 'Create', edit: 'Edit', delete: 'Delete', save: 'Save', export: 'Export', selectRow: 'Select this row' },
  user: { fullName: 'Full name', email: 'Email', role: 'Role', region: 'Region', password: 'Password', coordinator: 'Regional coordinator', leadership: 'Leadership' },
  westernAfrica: /^Western Africa$/,
  city: { lookup: 'City name', us: 'United States', name: 'Name', derivedRegion: /^Region: Western Africa$/ },
  partnership: { africanCity: 'African city', usCity: 'US city', nextStep: 'Next step' },
  board: {
    stageColumn: (stage) => new RegExp(`^${STAGES_EN[stage]}: `),
    stageTab: (stage) => new RegExp(`^${STAGES_EN[stage]} \\(`),
    moveLabel: (pair) => `Move ${pair} to another stage`,
    signedStage: 'Signed',
    moveTitle: 'Move to Signed',
    signedOn: 'Signed on',
    confirm: 'Move',
    moved: (pair) => `${pair} moved to Signed`,
    readOnly: /^You can look at the board/,
  },
  counted: 'Partnerships counted',
  conflict: /^Someone else changed this record while you were editing\. Your changes are kept in the form/,
};

const fr: JourneyWords = {
  language: 'Français',
  signIn: { email: 'E-mail', password: 'Mot de passe', submit: 'Se connecter' },
  menu: { open: 'Ouvrir le menu', home: 'Accueil', partnerships: 'Partenariats', cities: 'Villes', users: 'Utilisateurs', board: 'Tableau' },
  action: { create: 'Créer', edit: 'Éditer', delete: 'Supprimer', save: 'Enregistrer', export: 'Exporter', selectRow: 'Sélectionner cette ligne' },
  user: { fullName: 'Nom complet', email: 'E-mail', role: 'Rôle', region: 'Région', password: 'Mot de passe', coordinator: 'Coordinateur régional', leadership: 'Direction' },
  westernAfrica: /^Afrique de l['’]Ouest$/,
  city: { lookup: 'Nom de la ville', us: 'États-Unis', name: 'Nom', derivedRegion: /^Région ?: Afrique de l['’]Ouest$/ },
  partnership: { africanCity: 'Ville africaine', usCity: 'Ville américaine', nextStep: 'Prochaine étape' },
  board: {
    stageColumn: (stage) => new RegExp(`^${STAGES_FR[stage]} ?: `),
    stageTab: (stage) => new RegExp(`^${STAGES_FR[stage]} \\(`),
    moveLabel: (pair) => `Déplacer ${pair} vers une autre étape`,
    signedStage: 'Signé',
    moveTitle: 'Déplacer vers Signé',
    signedOn: 'Signé le',
    confirm: 'Déplacer',
    moved: (pair) => `${pair} déplacé vers Signé`,
    readOnly: /^Vous pouvez consulter le tableau/,
  },
  counted: 'Partenariats comptés',
  conflict: /^Quelqu[’']un a modifié cette fiche pendant votre saisie\. Vos changements restent dans le formulaire/,
};

export const WORDS = { en, fr } as const;
export type JourneyLanguage = keyof typeof WORDS;
