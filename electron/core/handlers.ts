import type { Contract } from '../shared/contract.ts';
import type { HandlersFor } from './dispatch.ts';
import type { Services } from './services.ts';
import { classroomCaller, requireProfile, type Session } from './session.ts';

/** Thin: each handler picks the caller's identity from the session and calls one service. */
export function createHandlers(s: Services): HandlersFor<Contract> {
  return {
    'app.status': () => s.status(),
    'settings.get': () => s.settings.get(),
    'settings.update': (patch) => {
      const next = { ...s.settings.get(), ...patch };
      s.settings.set(next);
      return next;
    },

    'profiles.list': () => s.profiles.list(),
    'profiles.find': ({ query }) => s.profiles.search(query),
    'profiles.create': async (input, { session }) => {
      const profile = await s.profiles.create(input);
      session.profileId = profile.id;
      s.settings.set({ ...s.settings.get(), lastProfileId: profile.id });
      return profile;
    },
    'session.signIn': async ({ profileId, pin }, { session }) => {
      const profile = await s.profiles.authenticate(profileId, pin);
      session.profileId = profile.id;
      s.settings.set({ ...s.settings.get(), lastProfileId: profile.id });
      return profile;
    },
    'session.resume': async (_input, { session }) => {
      if (session.profileId) return s.profiles.find(session.profileId);
      const lastId = s.settings.get().lastProfileId;
      const last = lastId ? s.profileRepository.find(lastId) : null;
      if (!last || last.hasPin) return null;
      const profile = await s.profiles.authenticate(last.id, undefined);
      session.profileId = profile.id;
      return profile;
    },
    'session.current': (_input, { session }) => (session.profileId ? s.profiles.find(session.profileId) : null),
    'session.signOut': (_input, { session }) => {
      session.profileId = null;
      session.unlockedRoles.clear();
      s.settings.set({ ...s.settings.get(), lastProfileId: null });
      return null;
    },

    'catalog.list': (_input, { session }) => ({
      courses: s.progress.catalog(requireProfile(session)),
      broken: s.library.broken,
    }),
    'courses.outline': ({ courseId }, { session }) => s.progress.outline(requireProfile(session), courseId),
    'courses.lesson': ({ courseId, lessonId }) => s.library.lesson(courseId, lessonId),
    'progress.openLesson': ({ courseId, lessonId }, { session }) =>
      s.progress.openLesson(requireProfile(session), courseId, lessonId),
    'progress.completeLesson': ({ courseId, lessonId }, { session }) =>
      s.progress.completeLesson(requireProfile(session), courseId, lessonId),
    'progress.saveScroll': (point, { session }) => {
      s.progress.saveScroll(requireProfile(session), point);
      return null;
    },
    'progress.resumePoint': (_input, { session }) => s.progress.resumePoint(requireProfile(session)),

    'quizzes.overview': ({ courseId, quizId }, { session }) =>
      s.quizzes.overview(requireProfile(session), courseId, quizId),
    'quizzes.start': ({ courseId, quizId }, { session }) => s.quizzes.start(requireProfile(session), courseId, quizId),
    'quizzes.attempt': ({ attemptId }, { session }) => s.quizzes.view(requireProfile(session), attemptId),
    'quizzes.answer': ({ attemptId, questionId, answer }, { session }) =>
      s.quizzes.answer(requireProfile(session), attemptId, questionId, answer),
    'quizzes.submit': ({ attemptId }, { session }) => s.quizzes.submit(requireProfile(session), attemptId),

    'certificates.mine': (_input, { session }) => s.certificates.mine(requireProfile(session)),
    'certificates.pdf': async ({ id }, { session }) => ({
      fileName: `${id}.pdf`,
      mimeType: 'application/pdf',
      base64: (await s.certificates.pdf(requireProfile(session), id)).toString('base64'),
    }),
    'certificates.credential': ({ id }, { session }) => ({
      fileName: `${id}.credential.json`,
      mimeType: 'application/json',
      base64: Buffer.from(JSON.stringify(s.certificates.credential(requireProfile(session), id), null, 2)).toString(
        'base64',
      ),
    }),
    'certificates.verify': (input) => s.certificates.verifyInput(input),

    'admin.status': (_input, { session }) => s.adminAccess.status('admin', session),
    'admin.setPassphrase': async ({ passphrase }, { session }) => {
      await s.adminAccess.setFirst('admin', passphrase, session);
      return s.adminAccess.status('admin', session);
    },
    'admin.unlock': async ({ passphrase }, { session }) => {
      await s.adminAccess.unlock('admin', passphrase, session);
      return s.adminAccess.status('admin', session);
    },
    'admin.lock': (_input, { session }) => {
      s.adminAccess.lock('admin', session);
      return s.adminAccess.status('admin', session);
    },
    'admin.issuer': () => s.certificateAdmin.issuer(),
    'admin.updateIssuer': (profile) => {
      s.certificateAdmin.updateIssuer(profile);
      return s.certificateAdmin.issuer();
    },
    'admin.previewCertificate': async () => ({
      fileName: 'certificate-preview.pdf',
      mimeType: 'application/pdf',
      base64: (await s.certificateAdmin.preview()).toString('base64'),
    }),
    'admin.importIssuerKey': ({ pem }) => s.certificateAdmin.importKey(pem),
    'admin.trustIssuer': ({ publicKey, name }) => s.certificateAdmin.trust(publicKey, name),
    'admin.certificates': (filter) => s.certificateAdmin.list(filter),
    'admin.revokeCertificate': ({ id, reason }) => {
      s.certificateAdmin.revoke(id, reason);
      return null;
    },
    'admin.reissueCertificate': ({ id }) => s.certificateAdmin.reissue(id),
    'admin.exportCertificates': ({ courseId }) => ({ jobId: s.exportCertificates(courseId) }),
    'admin.job': ({ jobId }) => s.jobs.get(jobId),
    'admin.cancelJob': ({ jobId }) => {
      s.jobs.cancel(jobId);
      return null;
    },
    'admin.auditLog': () => s.audit.recent(500),
    'admin.health': () => s.health(),
    'admin.exportAuditLog': () => s.exportAuditLog(),
    'admin.previewLearnerImport': (file) => s.learnerAdmin.previewImport(file),
    'admin.importLearners': async (file) => ({ imported: await s.learnerAdmin.importLearners(file) }),
    'admin.backup': async () => {
      await s.backup();
      return s.health();
    },
    'admin.records': (input) => s.records.page(input),
    'admin.dashboard': ({ filter }) => s.records.dashboard(filter),
    'admin.exportRecords': (input) => ({ jobId: s.exportRecords(input) }),
    'admin.exportChunk': ({ jobId, offset }) => s.exportChunk(jobId, offset),
    'admin.learner': ({ id }) => s.learnerAdmin.detail(id),
    'admin.findLearners': ({ query }) => s.learnerAdmin.find(query),
    'admin.updateLearner': (edit) => s.learnerAdmin.update(edit),
    // On a shared laptop the admin may be working in the learner's own session: it follows the merge or ends.
    'admin.mergeLearners': ({ keepId, mergeId }, { session }) => {
      const eventsMoved = s.learnerAdmin.merge(keepId, mergeId);
      if (session.profileId === mergeId) session.profileId = keepId;
      return { eventsMoved };
    },
    'admin.deleteLearner': ({ id, confirmName }, { session }) => {
      s.learnerAdmin.remove(id, confirmName);
      if (session.profileId === id) session.profileId = null;
      if (s.settings.get().lastProfileId === id) s.settings.set({ ...s.settings.get(), lastProfileId: null });
      return null;
    },

    'trainer.status': (_input, { session }) => s.adminAccess.status('trainer', session),
    'trainer.setPassphrase': async ({ passphrase }, { session }) => {
      await s.adminAccess.setFirst('trainer', passphrase, session);
      return s.adminAccess.status('trainer', session);
    },
    'trainer.unlock': async ({ passphrase }, { session }) => {
      await s.adminAccess.unlock('trainer', passphrase, session);
      return s.adminAccess.status('trainer', session);
    },
    'trainer.lock': (_input, { session }) => {
      s.adminAccess.lock('trainer', session);
      return s.adminAccess.status('trainer', session);
    },
    'trainer.courses': () =>
      s.library.courses.map((c) => ({ id: c.manifest.id, title: c.manifest.title, hours: c.manifest.hours })),
    'trainer.sessions': () => s.sessions.list(),
    'trainer.createSession': (input) => s.sessions.create(input),
    'trainer.updateSession': ({ id, session }) => s.sessions.update(id, session),
    'trainer.session': ({ sessionId }) => s.sessions.detail(sessionId),
    'trainer.findProfiles': ({ query }) => s.sessions.findProfiles(query),
    'trainer.addToRoster': ({ sessionId, profileIds }) => s.sessions.addToRoster(sessionId, profileIds),
    'trainer.removeFromRoster': ({ sessionId, profileId }) => s.sessions.removeFromRoster(sessionId, profileId),
    'trainer.previewRosterImport': ({ sessionId, file }) => s.sessions.previewRosterImport(sessionId, file),
    'trainer.importRoster': ({ sessionId, file }) => s.sessions.importRoster(sessionId, file),
    'trainer.registerAtDoor': ({ sessionId, profile }) => s.sessions.registerAtDoor(sessionId, profile),
    'trainer.markAttendance': ({ sessionId, marks }) => s.sessions.mark(sessionId, marks),
    'trainer.plan': ({ sessionId }) => s.sessions.plan(sessionId),
    'trainer.savePlan': ({ sessionId, plan }) => s.sessions.savePlan(sessionId, plan),
    'trainer.resetPlan': ({ sessionId }) => s.sessions.resetPlan(sessionId),
    'trainer.runSheet': ({ sessionId }) => s.sessionFile(sessionId, 'runSheet'),
    'trainer.report': ({ sessionId }) => s.sessions.report(sessionId),
    'trainer.saveRoomResults': ({ sessionId, quizId, results }) => {
      s.sessions.saveRoomResults(sessionId, quizId, results);
      return null;
    },
    'trainer.exportReport': ({ sessionId, format }) => s.sessionFile(sessionId, format),
    'trainer.issueCertificates': ({ sessionId, kind }) => s.sessions.issueCertificates(sessionId, kind),

    'search.query': ({ text }) => {
      const started = performance.now();
      const results = s.search.query(text);
      return { results, tookMs: Math.round((performance.now() - started) * 100) / 100 };
    },

    'present.outline': ({ courseId }) => s.present.outline(courseId),
    'present.lesson': ({ courseId, lessonId }) => s.present.lesson(courseId, lessonId),
    'present.quiz': ({ courseId, quizId }) => s.present.quiz(courseId, quizId),

    'bundles.exportMine': (_input, { session }) => s.bundles.exportLearner(requireProfile(session)),
    'bundles.exportSession': ({ sessionId }, { session }) => s.bundles.exportSession(sessionId, actorOf(session)),
    'bundles.upload': (input) => s.bundles.upload(input),
    'bundles.preview': (selection) => s.bundles.preview(selection),
    'bundles.merge': (selection, { session }) => s.bundles.merge(selection, actorOf(session)),
    'bundles.lastMerged': ({ sessionId }) => s.bundles.lastMerged(sessionId),

    'classroom.open': ({ sessionId }) => s.hub.open(sessionId),
    'classroom.close': async ({ sessionId }) => {
      await s.hub.close(sessionId);
      return null;
    },
    'classroom.rotateCode': ({ sessionId }) => s.hub.rotateCode(sessionId),
    'classroom.live': ({ sessionId }) => s.hub.live(sessionId),
    'classroom.admit': ({ sessionId, memberId, admit }) => s.hub.admit(sessionId, memberId, admit),
    'classroom.ask': ({ sessionId, quizId, stepKey }) => s.hub.ask(sessionId, quizId, stepKey),
    'classroom.reveal': ({ sessionId }) => s.hub.reveal(sessionId),
    'classroom.endQuestion': ({ sessionId }) => s.hub.endQuestion(sessionId),
    'classroom.saveQuizResults': ({ sessionId, quizId }) => s.hub.saveQuizResults(sessionId, quizId),
    'classroom.join': (input, { session }) => s.membership.join(requireProfile(session), input),
    'classroom.membership': (_input, { session }) => s.membership.membership(requireProfile(session)),
    'classroom.answer': ({ runId, choiceIds }, { session }) =>
      s.membership.answer(requireProfile(session), runId, choiceIds),
    'classroom.leave': (_input, { session }) => {
      s.membership.leave(requireProfile(session));
      return null;
    },

    'hub.join': (input, { session }) => s.hub.join(classroomCaller(session), input),
    'hub.state': (_input, { session }) => s.hub.state(classroomCaller(session)),
    'hub.push': ({ events }, { session }) => s.hub.push(classroomCaller(session), events),
    'hub.answer': ({ runId, choiceIds }, { session }) => s.hub.answer(classroomCaller(session), runId, choiceIds),
  };
}

/** Who the audit log names for a trainer channel: an unlocked admin may be the one using it. */
function actorOf(session: Session): 'trainer' | 'admin' {
  return session.unlockedRoles.has('trainer') ? 'trainer' : 'admin';
}
