/** The story the bundled dossier tells: the first of the reader's stories. */
import type { Story } from '../types';

export const BUNDLED_STORY: Story = {
  id: 'nordkorea-kursk',
  name: {
    de: 'Nordkoreas Truppen in Russland und die Region Kursk',
    en: 'North Korea’s troops in Russia and the Kursk region',
  },
};
