import { defineMessages } from '../i18n/define.ts'

/** Messages shared by the sprint screens (connection state, phases, clock). Screen-specific ones live beside them. */
export const sprintMessages = defineMessages({
  en: {
    'sprint.connection.online': 'Connected',
    'sprint.connection.connecting': 'Connecting…',
    'sprint.connection.offline': 'Connection lost. Reconnecting…',
    'sprint.clock.label': 'Time left',
    'sprint.clock.over': 'Time is up',
    'sprint.clock.idle': 'Not started',
    'sprint.clock.ended': 'Ended',
    'sprint.announce.phase': 'Now: {title}',
    'sprint.announce.card': 'New card: {text}',
    'sprint.fatal.title': 'This screen cannot connect to the session',
  },
  fr: {
    'sprint.connection.online': 'Connecté',
    'sprint.connection.connecting': 'Connexion…',
    'sprint.connection.offline': 'Connexion perdue. Reconnexion…',
    'sprint.clock.label': 'Temps restant',
    'sprint.clock.over': 'Le temps est écoulé',
    'sprint.clock.idle': 'Pas commencé',
    'sprint.clock.ended': 'Terminé',
    'sprint.announce.phase': 'Maintenant : {title}',
    'sprint.announce.card': 'Nouvelle carte : {text}',
    'sprint.fatal.title': 'Cet écran ne peut pas se connecter à la session',
  },
  es: {
    'sprint.connection.online': 'Conectado',
    'sprint.connection.connecting': 'Conectando…',
    'sprint.connection.offline': 'Conexión perdida. Reconectando…',
    'sprint.clock.label': 'Tiempo restante',
    'sprint.clock.over': 'Se acabó el tiempo',
    'sprint.clock.idle': 'Sin empezar',
    'sprint.clock.ended': 'Terminado',
    'sprint.announce.phase': 'Ahora: {title}',
    'sprint.announce.card': 'Nueva tarjeta: {text}',
    'sprint.fatal.title': 'Esta pantalla no puede conectarse a la sesión',
  },
})
