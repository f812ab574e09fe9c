import type { Catalog } from './en.ts'

export const es: Catalog = {
  'app.name': 'blockgov',
  'app.tagline': 'Diseñar juntos la gobernanza de las cadenas de bloques',
  'page.title': '{page} · blockgov',

  'skip.toMain': 'Saltar al contenido principal',
  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.sprint': 'Sprint',
  'nav.groups': 'Grupos',
  'nav.names': 'Nombres',
  'nav.privacy': 'Mapa de privacidad',
  'nav.learn': 'Aprender',
  'nav.assess': 'Evaluar',
  'nav.explore': 'Explorar',

  'settings.label': 'Ajustes de visualización',
  'language.label': 'Idioma',
  'theme.label': 'Tema de color',
  'theme.system': 'Como el dispositivo',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',

  'home.title': 'Decidir juntos cómo se gobiernan las cadenas de bloques',
  'home.intro':
    'blockgov ayuda a personas de gobiernos, empresas, la sociedad civil, la comunidad técnica y las universidades a trabajar juntas en una pregunta: ¿cómo debe gobernarse la tecnología de cadenas de bloques? Organiza talleres breves y enfocados, llamados sprints de diseño, en la sala y en línea al mismo tiempo, y luego ayuda a que las ideas de esos talleres se conviertan en proyectos reales.',
  'home.how.title': 'Cómo funciona',
  'home.how.1': 'Únase a un taller con un código corto. No necesita una cuenta.',
  'home.how.2': 'Trabaje en un grupo pequeño y equilibrado: elija un tema, reúna ideas y valórenlas juntos.',
  'home.how.3': 'Comparta con todos lo que encontró su grupo y luego mejore el diseño de otro grupo.',
  'home.how.4':
    'Salga con un proyecto, una persona que lo dirija y un próximo paso claro. El informe se prepara para usted.',
  'home.areas.title': 'Qué puede hacer aquí',
  'home.privacy.title': 'Sus datos',
  'home.privacy.body':
    'Indicar su género, su grupo de partes interesadas o su región es siempre opcional. Usted elige cada dato por separado, puede ver lo que guardamos y puede borrarlo.',

  'area.sprint.summary': 'Dirigir un taller de sprint de diseño en vivo, con grupos de trabajo, en la sala y en línea.',
  'area.groups.summary':
    'Grupos de trabajo con sus propias listas de correo, surgidos de los resultados de los talleres.',
  'area.names.summary':
    'Un sistema de nombres en cadena de bloques con gobernanza comunitaria y una pasarela DNS real.',
  'area.privacy.summary':
    'Un mapa interactivo de las cuestiones de protección de datos que plantean las cadenas de bloques, con fuentes.',
  'area.learn.summary':
    'Lecciones en lenguaje sencillo y demostraciones interactivas sobre cadenas de bloques, para todo el mundo.',
  'area.assess.summary': 'Principios y un proceso compartido para evaluar proyectos públicos de cadenas de bloques.',
  'area.explore.summary':
    'Evidencias sobre lo que las cadenas de bloques pueden y no pueden aportar a la gobernanza de Internet.',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace sea incorrecto.',
  'notFound.home': 'Ir al inicio',

  'footer.licence': 'blockgov es software libre.',
  'footer.api': 'Descripción de la API (OpenAPI)',
}
