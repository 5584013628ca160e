/** Bulk actions on the partnership list (decision 026), in English (src/i18n/locales holds the other languages). */
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

export const messages = { en };
