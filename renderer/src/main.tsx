import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { GuestApp } from './classroom/GuestApp.tsx';
import { isClassroomGuest } from './classroom/guest-credentials.ts';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/admin.css';
import './styles/trainer.css';
import './styles/lesson.css';
import './styles/quiz.css';
import './styles/present.css';
import './styles/present-slide.css';
import './styles/present-room.css';
import './styles/live.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>{isClassroomGuest ? <GuestApp /> : <App />}</StrictMode>,
);
