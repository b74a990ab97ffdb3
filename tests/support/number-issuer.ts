/** Child process for the sequence test: takes N certificate numbers for one prefix and year, one transaction each. */
import { createCertificateRepository } from '../../electron/core/certificates/certificate-repository.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';

const db = openDatabase(process.argv[2]!);
const repo = createCertificateRepository(db);
const take = db.transaction(() => repo.nextNumber('SEQ', 2569));
for (let i = 0; i < Number(process.argv[3]); i++) process.stdout.write(`${take.immediate()}\n`);
db.close();
