/** Bulk actions on the partnership list (decision 026), English and French (same keys in both). */
const en = {
  app: {
    bulk: {
      setOwner: 'Set owner',
      setNextStep: 'Set next step',
      ownerTitle: 'Set the owner of %{smart_count} partnership |||| Set the owner of %{smart_count} partnerships',
      nextStepTitle: 'Set the next step of %{smart_count} partnership |||| Set the next step of %{smart_count} partnerships',
      nextStepHelp: 'A field left blank stays as each partnership has it.',
      apply: 'Apply',
      result: '%{changed} changed, %{refused} refused',
      refusedTitle: 'Not changed',
      refusedIntro: 'These partnerships were left as they were:',
      conflict: 'Someone else changed it meanwhile: look at it again, then set it anew.',
    },
    validation: {
      bulkDuplicate: 'A partnership is listed twice',
      bulkOwnerOrNextStep: 'Set either the owner, or the next step and its due date',
      bulkNextStepOrDue: 'Give a next step, a due date, or both',
      ownerUnavailable: 'Pick an active member of staff or an administrator',
    },
  },
};

const fr: typeof en = {
  app: {
    bulk: {
      setOwner: 'Attribuer',
      setNextStep: 'Fixer la prochaine étape',
      ownerTitle: 'Attribuer %{smart_count} partenariat |||| Attribuer %{smart_count} partenariats',
      nextStepTitle: 'Prochaine étape de %{smart_count} partenariat |||| Prochaine étape de %{smart_count} partenariats',
      nextStepHelp: 'Un champ laissé vide reste tel que chaque partenariat l’a.',
      apply: 'Appliquer',
      result: '%{changed} modifié(s), %{refused} refusé(s)',
      refusedTitle: 'Non modifiés',
      refusedIntro: 'Ces partenariats sont restés tels quels :',
      conflict: 'Quelqu’un d’autre l’a modifié entre-temps : revoyez-le, puis recommencez.',
    },
    validation: {
      bulkDuplicate: 'Un partenariat figure deux fois',
      bulkOwnerOrNextStep: 'Fixez soit le responsable, soit la prochaine étape et son échéance',
      bulkNextStepOrDue: 'Indiquez une prochaine étape, une échéance, ou les deux',
      ownerUnavailable: 'Choisissez un membre de l’équipe ou un administrateur actif',
    },
  },
};

export const messages = { en, fr };
