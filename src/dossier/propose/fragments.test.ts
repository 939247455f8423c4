/** Acronym fragments on real excerpts (tests/fixtures/propose: handball.ch, bmwi.de, drk.de, fdpbt.de). */
import { describe, expect, it } from 'vitest';
import { isAcronymFragment } from './fragments';
import { proposeEntries } from '.';

describe('acronym fragments', () => {
  it('knows a prefix of longer names from an acronym used on its own', () => {
    const handball = [
      '«QHL und NLB», sagt Philipp Bühlmann, Präsident des BSV Stans, handball.ch am Dienstag.',
      'Die Vorfreude bei Bühlmann auf das Viertelfinal-Duell gegen den BSV Bern ist gross.',
      'Mit Daniel Weingartner (Stans) und Samuel Weingartner (BSV Bern) treffen zwei Brüder aufeinander.',
    ];
    expect(isAcronymFragment('BSV', handball, 'de')).toBe(true);
    const heating = [
      'Die Förderung für Effizienzhaus/Effizienzgebäude 55 im Neubau (EH/EG55) wird endgültig eingestellt.',
      'Wann wird die Förderung für Sanierungen und die EH 40 wieder aufgenommen?',
    ];
    expect(isAcronymFragment('EH', heating, 'de')).toBe(true);
    // A party in compounds and on its own is a name: "FDP-Fraktion", "die FDP".
    const fdp = [
      'Die FDP-Fraktion fordert ein Ende der Ausgangssperren.',
      'Die FDP hält die Maßnahmen für unverhältnismäßig.',
      'Die FDP lehnt das ab.',
    ];
    expect(isAcronymFragment('FDP', fdp, 'de')).toBe(false);
    // English capitalises phrases after an acronym: "US Senate" leaves "US" a name.
    expect(isAcronymFragment('US', ['The US Senate voted.', 'The US House agreed.'], 'en')).toBe(false);
  });

  it('proposes the conferences, not the prefix "COP"', () => {
    const text = [
      'Klimakonferenz COP27 in Scharm el-Scheich',
      'Die COP27 in Scharm el-Scheich endete mit einem Fonds für Schäden und Verluste.',
      'Auf der COP26 in Glasgow hatten die Staaten ihre Ziele verschärft.',
      'Bis zur nächsten COP in den Vereinigten Arabischen Emiraten bleibt wenig Zeit, sagte die COP27-Präsidentschaft.',
      'Die COP26 hatte den Kohleausstieg erstmals genannt.',
      'Neben der eigentlichen Verhandlungsagenda hat die britische COP-Präsidentschaft eigene thematische Schwerpunkte gesetzt.',
      'Die Lenkungsentscheidungen während der COP waren intransparent, sagte die Sprecherin.',
      'Nach der COP26 und der COP27 bleibt die Finanzierung offen.',
    ].join('\n');
    const names = proposeEntries([{ id: 'drk', title: text.split('\n', 1)[0]!, text }]).map((p) => p.name);
    expect(names).toContain('COP27');
    expect(names).not.toContain('COP');
  });
});
