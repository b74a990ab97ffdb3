import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { openSearchIndex } from '../../electron/core/search/search-index.ts';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';
import { tempDir } from '../support/temp.ts';
import type { Figure } from './run.ts';
import { percentile } from './stats.ts';

/** Typical learner queries, Thai and English, one word and several. */
const QUERIES = [
  'ธรรมาภิบาลข้อมูล',
  'พร้อมเพย์',
  'ฟิชชิง',
  'การยืนยันตัวตนหลายปัจจัย',
  'คุณภาพข้อมูล',
  'ผู้ประกอบการ',
  'data quality',
  'hallucination',
  'open data licence',
  'PDPA',
  'export documents',
  'coaching',
];

export function benchSearch(): Figure[] {
  const t = tempDir('rian-bench-');
  const library = loadCourseLibrary(BUNDLED_COURSES_DIR);
  const started = performance.now();
  const index = openSearchIndex(join(t.dir, 'search.sqlite'), library);
  const buildMs = performance.now() - started;
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of QUERIES) {
      const s = performance.now();
      index.query(q);
      times.push(performance.now() - s);
    }
  }
  index.close();
  t.cleanup();
  return [
    { name: 'search index build, all courses', value: Math.round(buildMs), unit: 'ms', budget: 3000, better: 'lower' },
    { name: 'search query, median', value: percentile(times, 50), unit: 'ms', budget: 10, better: 'lower' },
    { name: 'search query, p99', value: percentile(times, 99), unit: 'ms', budget: 10, better: 'lower' },
  ];
}
