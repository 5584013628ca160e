import { describe, expect, it } from 'vitest';
import { DIRECTORY_LIST_SPECS, LIST_SPECS } from './listQuery';
import { foldText, keyedFields, textKeysOf } from './text';

describe('foldText', () => {
  it('sets case, accents and the ways of writing a letter aside', () => {
    expect(['Lomé', 'LOMÉ', 'lome'].map(foldText)).toEqual(['lome', 'lome', 'lome']);
    expect(foldText('São Tomé')).toBe('sao tome');
    expect(foldText('Ségou')).toBe(foldText('SEGOU'));
    expect(foldText('Ḩalwān')).toBe('halwan');
    expect(foldText('N’dalatando')).toBe("n'dalatando");
    expect(foldText('Saint-Étienne')).toBe('saint etienne');
    expect(['Ørsted', 'Straße', 'Œuvre', 'İzmir', 'Łódź', 'ﬁle'].map(foldText)).toEqual(['orsted', 'strasse', 'oeuvre', 'izmir', 'lodz', 'file']);
  });

  it('orders names as a reader expects when compared as plain strings', () => {
    const names = ['Zanzibar', 'Ebute', 'Ébolowa', 'Abuja', 'Ḩalwān', 'eldoret'];
    const sorted = names.toSorted((a, b) => (foldText(a) < foldText(b) ? -1 : foldText(a) > foldText(b) ? 1 : 0));
    expect(sorted).toEqual(['Abuja', 'Ébolowa', 'Ebute', 'eldoret', 'Ḩalwān', 'Zanzibar']);
  });
});

describe('the keys of a row', () => {
  it('are the folded text of every searched or sorted text field the row holds', () => {
    expect(keyedFields(LIST_SPECS.events)).toEqual(['title', 'outcome', 'notes']);
    expect(keyedFields(DIRECTORY_LIST_SPECS.users)).toEqual(['email', 'fullName']);
    expect(textKeysOf(LIST_SPECS.events, { title: 'Réunion à Saint-Louis', outcome: null, startsAt: '2026-01-01' })).toEqual({
      titleKey: 'reunion a saint louis',
      outcomeKey: null,
    });
  });
});
