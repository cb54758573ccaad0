import type { SyncDb } from '../../db/query.ts';
import { createCategory } from '../conciergerie/catalogue/categories.ts';
import { addCopies } from '../conciergerie/catalogue/copies.ts';
import type { ItemFields } from '../conciergerie/catalogue/fields.ts';
import { isbn13From } from '../conciergerie/catalogue/isbn.ts';
import { createItem } from '../conciergerie/catalogue/items.ts';
import { COPY_CONDITIONS, type ItemKind } from '../conciergerie/catalogue/kinds.ts';
import { addDays, frenchDate } from '../shared/days.ts';
import type { Random } from './random.ts';

/*
 * The demo conciergerie's catalogue: about 300 records (books with French titles and valid ISBN-13, board games,
 * tools and appliances with replacement values and deposits), 1 to 3 copies each, three kits and three repairs.
 */

const CATEGORIES: Record<ItemKind, string[]> = {
  book: ['Romans', 'Policiers', 'Bandes dessinées', 'Jeunesse', 'Pratique'],
  game: ['Jeux de société', 'Jeux de cartes', 'Jeux pour les petits', 'Jeux d’ambiance'],
  object: ['Bricolage', 'Jardinage', 'Cuisine et réception', 'Entretien', 'Couture', 'Loisirs', 'Puériculture'],
  kit: ['Kits'],
};

/** [title, author, category] */
const BOOKS: [string, string, string][] = [
  ['Les Misérables', 'Victor Hugo', 'Romans'],
  ['Notre-Dame de Paris', 'Victor Hugo', 'Romans'],
  ['L’Étranger', 'Albert Camus', 'Romans'],
  ['La Peste', 'Albert Camus', 'Romans'],
  ['Germinal', 'Émile Zola', 'Romans'],
  ['L’Assommoir', 'Émile Zola', 'Romans'],
  ['Au Bonheur des Dames', 'Émile Zola', 'Romans'],
  ['Madame Bovary', 'Gustave Flaubert', 'Romans'],
  ['Le Rouge et le Noir', 'Stendhal', 'Romans'],
  ['Les Trois Mousquetaires', 'Alexandre Dumas', 'Romans'],
  ['Le Comte de Monte-Cristo', 'Alexandre Dumas', 'Romans'],
  ['Vingt mille lieues sous les mers', 'Jules Verne', 'Romans'],
  ['Le Tour du monde en quatre-vingts jours', 'Jules Verne', 'Romans'],
  ['Voyage au centre de la Terre', 'Jules Verne', 'Romans'],
  ['Vol de nuit', 'Antoine de Saint-Exupéry', 'Romans'],
  ['La Gloire de mon père', 'Marcel Pagnol', 'Romans'],
  ['Le Château de ma mère', 'Marcel Pagnol', 'Romans'],
  ['Jean de Florette', 'Marcel Pagnol', 'Romans'],
  ['Manon des sources', 'Marcel Pagnol', 'Romans'],
  ['Bel-Ami', 'Guy de Maupassant', 'Romans'],
  ['Une vie', 'Guy de Maupassant', 'Romans'],
  ['Le Père Goriot', 'Honoré de Balzac', 'Romans'],
  ['Eugénie Grandet', 'Honoré de Balzac', 'Romans'],
  ['Sido', 'Colette', 'Romans'],
  ['L’Amant', 'Marguerite Duras', 'Romans'],
  ['Bonjour tristesse', 'Françoise Sagan', 'Romans'],
  ['L’Écume des jours', 'Boris Vian', 'Romans'],
  ['Zazie dans le métro', 'Raymond Queneau', 'Romans'],
  ['Au revoir là-haut', 'Pierre Lemaitre', 'Romans'],
  ['La Vérité sur l’affaire Harry Quebert', 'Joël Dicker', 'Romans'],
  ['Ensemble, c’est tout', 'Anna Gavalda', 'Romans'],
  ['L’Élégance du hérisson', 'Muriel Barbery', 'Romans'],
  ['Rien ne s’oppose à la nuit', 'Delphine de Vigan', 'Romans'],
  ['Chanson douce', 'Leïla Slimani', 'Romans'],
  ['Les Années', 'Annie Ernaux', 'Romans'],
  ['La Place', 'Annie Ernaux', 'Romans'],
  ['Stupeur et tremblements', 'Amélie Nothomb', 'Romans'],
  ['Au bonheur des ogres', 'Daniel Pennac', 'Romans'],
  ['Comme un roman', 'Daniel Pennac', 'Romans'],
  ['Il est grand temps de rallumer les étoiles', 'Virginie Grimaldi', 'Romans'],
  ['Changer l’eau des fleurs', 'Valérie Perrin', 'Romans'],
  ['Petit Pays', 'Gaël Faye', 'Romans'],
  ['La Plus Secrète Mémoire des hommes', 'Mohamed Mbougar Sarr', 'Romans'],
  ['Monsieur Ibrahim et les fleurs du Coran', 'Éric-Emmanuel Schmitt', 'Romans'],
  ['Oscar et la dame rose', 'Éric-Emmanuel Schmitt', 'Romans'],
  ['La Vie devant soi', 'Romain Gary', 'Romans'],
  ['La Promesse de l’aube', 'Romain Gary', 'Romans'],
  ['Rue des boutiques obscures', 'Patrick Modiano', 'Romans'],
  ['Regain', 'Jean Giono', 'Romans'],
  ['Le Hussard sur le toit', 'Jean Giono', 'Romans'],
  ['Le Grand Meaulnes', 'Alain-Fournier', 'Romans'],
  ['Vipère au poing', 'Hervé Bazin', 'Romans'],
  ['Un sac de billes', 'Joseph Joffo', 'Romans'],
  ['Moi, Tituba sorcière…', 'Maryse Condé', 'Romans'],
  ['Meursault, contre-enquête', 'Kamel Daoud', 'Romans'],
  ['Kiffe kiffe demain', 'Faïza Guène', 'Romans'],
  ['Le Gone du Chaâba', 'Azouz Begag', 'Romans'],
  ['La Délicatesse', 'David Foenkinos', 'Romans'],
  ['Les Yeux jaunes des crocodiles', 'Katherine Pancol', 'Romans'],
  ['Elle s’appelait Sarah', 'Tatiana de Rosnay', 'Romans'],
  ['Les Âmes grises', 'Philippe Claudel', 'Romans'],
  ['Tous les hommes n’habitent pas le monde de la même façon', 'Jean-Paul Dubois', 'Romans'],
  ['Le Soleil des Scorta', 'Laurent Gaudé', 'Romans'],
  ['Leurs enfants après eux', 'Nicolas Mathieu', 'Romans'],
  ['Le Quatrième Mur', 'Sorj Chalandon', 'Romans'],
  ['Et si c’était vrai…', 'Marc Levy', 'Romans'],
  ['Central Park', 'Guillaume Musso', 'Romans'],
  ['Et après…', 'Guillaume Musso', 'Romans'],
  ['Le Chien jaune', 'Georges Simenon', 'Policiers'],
  ['Pietr le Letton', 'Georges Simenon', 'Policiers'],
  ['Maigret et la jeune morte', 'Georges Simenon', 'Policiers'],
  ['Le Crime de l’Orient-Express', 'Agatha Christie', 'Policiers'],
  ['Ils étaient dix', 'Agatha Christie', 'Policiers'],
  ['Mort sur le Nil', 'Agatha Christie', 'Policiers'],
  ['Pars vite et reviens tard', 'Fred Vargas', 'Policiers'],
  ['L’Homme à l’envers', 'Fred Vargas', 'Policiers'],
  ['Robe de marié', 'Pierre Lemaitre', 'Policiers'],
  ['Nymphéas noirs', 'Michel Bussi', 'Policiers'],
  ['Un avion sans elle', 'Michel Bussi', 'Policiers'],
  ['Les Rivières pourpres', 'Jean-Christophe Grangé', 'Policiers'],
  ['L’Âme du mal', 'Maxime Chattam', 'Policiers'],
  ['Le Syndrome E', 'Franck Thilliez', 'Policiers'],
  ['Glacé', 'Bernard Minier', 'Policiers'],
  ['Arsène Lupin, gentleman cambrioleur', 'Maurice Leblanc', 'Policiers'],
  ['Le Mystère de la chambre jaune', 'Gaston Leroux', 'Policiers'],
  ['Le Secret de la Licorne', 'Hergé', 'Bandes dessinées'],
  ['On a marché sur la Lune', 'Hergé', 'Bandes dessinées'],
  ['Le Lotus bleu', 'Hergé', 'Bandes dessinées'],
  ['Astérix le Gaulois', 'René Goscinny et Albert Uderzo', 'Bandes dessinées'],
  ['Astérix chez les Bretons', 'René Goscinny et Albert Uderzo', 'Bandes dessinées'],
  ['Astérix aux Jeux olympiques', 'René Goscinny et Albert Uderzo', 'Bandes dessinées'],
  ['Lucky Luke : Les Dalton dans le blizzard', 'Morris et René Goscinny', 'Bandes dessinées'],
  ['Gaston : Gare aux gaffes', 'André Franquin', 'Bandes dessinées'],
  ['Les Schtroumpfs noirs', 'Peyo', 'Bandes dessinées'],
  ['Titeuf : Dieu, le sexe et les bretelles', 'Zep', 'Bandes dessinées'],
  ['L’Arabe du futur', 'Riad Sattouf', 'Bandes dessinées'],
  ['Persepolis', 'Marjane Satrapi', 'Bandes dessinées'],
  ['Les Tuniques bleues : Des bleus et des tuniques', 'Raoul Cauvin et Willy Lambil', 'Bandes dessinées'],
  ['Le Petit Spirou : Dis bonjour à la dame !', 'Tome et Janry', 'Bandes dessinées'],
  ['Yakari et Grand Aigle', 'Derib et Job', 'Bandes dessinées'],
  ['Culottées', 'Pénélope Bagieu', 'Bandes dessinées'],
  ['Agrippine', 'Claire Bretécher', 'Bandes dessinées'],
  ['Le Chat du rabbin : La Bar-Mitsva', 'Joann Sfar', 'Bandes dessinées'],
  ['Les Vieux Fourneaux : Ceux qui restent', 'Wilfrid Lupano et Paul Cauuet', 'Bandes dessinées'],
  ['Blake et Mortimer : La Marque jaune', 'Edgar P. Jacobs', 'Bandes dessinées'],
  ['Le Petit Nicolas', 'René Goscinny et Sempé', 'Jeunesse'],
  ['Le Petit Prince', 'Antoine de Saint-Exupéry', 'Jeunesse'],
  ['Charlie et la chocolaterie', 'Roald Dahl', 'Jeunesse'],
  ['Matilda', 'Roald Dahl', 'Jeunesse'],
  ['Harry Potter à l’école des sorciers', 'J. K. Rowling', 'Jeunesse'],
  ['Harry Potter et la Chambre des secrets', 'J. K. Rowling', 'Jeunesse'],
  ['Les Malheurs de Sophie', 'Comtesse de Ségur', 'Jeunesse'],
  ['L’Album d’Adèle', 'Claude Ponti', 'Jeunesse'],
  ['Les Trois Brigands', 'Tomi Ungerer', 'Jeunesse'],
  ['C’est moi le plus fort', 'Mario Ramos', 'Jeunesse'],
  ['Le loup est revenu !', 'Geoffroy de Pennart', 'Jeunesse'],
  ['Loulou', 'Grégoire Solotareff', 'Jeunesse'],
  ['Oh, boy !', 'Marie-Aude Murail', 'Jeunesse'],
  ['Tobie Lolness : La Vie suspendue', 'Timothée de Fombelle', 'Jeunesse'],
  ['La Passe-miroir : Les Fiancés de l’hiver', 'Christelle Dabos', 'Jeunesse'],
  ['La Quête d’Ewilan : D’un monde à l’autre', 'Pierre Bottero', 'Jeunesse'],
  ['La Sixième', 'Susie Morgenstern', 'Jeunesse'],
  ['Histoire de Babar, le petit éléphant', 'Jean de Brunhoff', 'Jeunesse'],
  ['La Brouille', 'Claude Boujon', 'Jeunesse'],
  ['Petit-Bleu et Petit-Jaune', 'Leo Lionni', 'Jeunesse'],
  ['La Chenille qui fait des trous', 'Eric Carle', 'Jeunesse'],
  ['Mademoiselle Sauve-qui-peut', 'Philippe Corentin', 'Jeunesse'],
  ['Max et les Maximonstres', 'Maurice Sendak', 'Jeunesse'],
  ['Le Journal d’un dégonflé', 'Jeff Kinney', 'Jeunesse'],
  ['Je sais cuisiner', 'Ginette Mathiot', 'Pratique'],
  ['Les Recettes faciles', 'Françoise Bernard', 'Pratique'],
  ['Fait maison', 'Cyril Lignac', 'Pratique'],
  ['Le Bricolage pour les Nuls', 'Gene Hamilton et Katie Hamilton', 'Pratique'],
  ['La Couture pour les Nuls', 'Jan Saunders Maresh', 'Pratique'],
  ['Le Potager en carrés', 'Anne-Marie Nageleisen', 'Pratique'],
  ['Bescherelle : la conjugaison pour tous', 'Collectif Hatier', 'Pratique'],
  ['Le Code de la route', 'Collectif Rousseau', 'Pratique'],
  ['Premiers secours : les gestes qui sauvent', 'Croix-Rouge française', 'Pratique'],
  ['Zéro déchet', 'Béa Johnson', 'Pratique'],
  ['Cuisine anti-gaspi', 'Sonia Ezgulian', 'Pratique'],
  ['Le Jardin naturel', 'Jean-Marie Lespinasse', 'Pratique'],
  ['Réparer soi-même son électroménager', 'Collectif Eyrolles', 'Pratique'],
  ['Faire ses produits ménagers', 'Raffa', 'Pratique'],
  ['Mon budget au quotidien', 'Institut national de la consommation', 'Pratique'],
];

/** [title, publisher, category, deposit in cents] */
const GAMES: [string, string, string, number][] = [
  ['Dobble', 'Asmodee', 'Jeux d’ambiance', 0],
  ['Uno', 'Mattel', 'Jeux de cartes', 0],
  ['Les Aventuriers du Rail', 'Days of Wonder', 'Jeux de société', 1000],
  ['Carcassonne', 'Hans im Glück', 'Jeux de société', 1000],
  ['Catan', 'Kosmos', 'Jeux de société', 1000],
  ['7 Wonders', 'Repos Production', 'Jeux de société', 1000],
  ['Dixit', 'Libellud', 'Jeux d’ambiance', 1000],
  ['Skyjo', 'Magilano', 'Jeux de cartes', 0],
  ['Azul', 'Plan B Games', 'Jeux de société', 1000],
  ['Splendor', 'Space Cowboys', 'Jeux de société', 1000],
  ['Time’s Up ! Family', 'Repos Production', 'Jeux d’ambiance', 0],
  ['Codenames', 'Czech Games Edition', 'Jeux d’ambiance', 0],
  ['Jungle Speed', 'Asmodee', 'Jeux d’ambiance', 0],
  ['Qwirkle', 'Iello', 'Jeux de société', 500],
  ['Rummikub', 'Hasbro', 'Jeux de société', 500],
  ['Scrabble', 'Mattel', 'Jeux de société', 500],
  ['Monopoly', 'Hasbro', 'Jeux de société', 500],
  ['Cluedo', 'Hasbro', 'Jeux de société', 500],
  ['Trivial Pursuit', 'Hasbro', 'Jeux d’ambiance', 500],
  ['Puissance 4', 'Hasbro', 'Jeux pour les petits', 0],
  ['Jenga', 'Hasbro', 'Jeux d’ambiance', 0],
  ['Mille Bornes', 'Dujardin', 'Jeux de cartes', 0],
  ['Petits chevaux', 'Jeujura', 'Jeux pour les petits', 0],
  ['Memory', 'Ravensburger', 'Jeux pour les petits', 0],
  ['Bataille navale', 'Hasbro', 'Jeux de société', 0],
  ['Kapla – baril de 200 planchettes', 'Kapla', 'Jeux pour les petits', 1000],
  ['Échecs et dames', 'Jeujura', 'Jeux de société', 0],
  ['Backgammon', 'Cayro', 'Jeux de société', 0],
  ['Tarot', 'Grimaud', 'Jeux de cartes', 0],
  ['Hanabi', 'Cocktail Games', 'Jeux de cartes', 0],
  ['The Mind', 'Oya', 'Jeux de cartes', 0],
  ['King of Tokyo', 'Iello', 'Jeux de société', 1000],
  ['Pandémie', 'Z-Man Games', 'Jeux de société', 1000],
  ['Kingdomino', 'Blue Orange', 'Jeux de société', 500],
  ['Takenoko', 'Matagot', 'Jeux de société', 1000],
  ['Love Letter', 'Z-Man Games', 'Jeux de cartes', 0],
  ['Bazar Bizarre', 'Gigamic', 'Jeux d’ambiance', 0],
  ['Halli Galli', 'Gigamic', 'Jeux d’ambiance', 0],
  ['Le Lynx', 'Mattel', 'Jeux pour les petits', 0],
  ['Pictionary', 'Mattel', 'Jeux d’ambiance', 500],
  ['Taboo', 'Hasbro', 'Jeux d’ambiance', 0],
  ['6 qui prend !', 'Gigamic', 'Jeux de cartes', 0],
  ['Timeline : Inventions', 'Asmodee', 'Jeux de cartes', 0],
  ['Concept', 'Repos Production', 'Jeux d’ambiance', 500],
  ['Unlock ! Escape Adventures', 'Space Cowboys', 'Jeux d’ambiance', 500],
  ['Mysterium', 'Libellud', 'Jeux de société', 1000],
  ['Cortex Challenge', 'Captain Macaque', 'Jeux d’ambiance', 0],
  ['La Bonne Paye', 'Parker', 'Jeux de société', 500],
  ['Qui est-ce ?', 'Hasbro', 'Jeux pour les petits', 0],
  ['Docteur Maboul', 'Hasbro', 'Jeux pour les petits', 0],
  ['Croque-Carotte', 'Ravensburger', 'Jeux pour les petits', 0],
  ['Le Verger', 'Haba', 'Jeux pour les petits', 500],
  ['Tic Tac Boum', 'Piatnik', 'Jeux d’ambiance', 0],
  ['Perudo', 'Gigamic', 'Jeux d’ambiance', 0],
  ['Labyrinthe', 'Ravensburger', 'Jeux de société', 500],
  ['Quarto', 'Gigamic', 'Jeux de société', 500],
  ['Quoridor', 'Gigamic', 'Jeux de société', 500],
  ['Mölkky', 'Tuoterengas', 'Jeux d’ambiance', 1000],
  ['Puzzle 1000 pièces : Paris', 'Ravensburger', 'Jeux de société', 0],
  ['Loto des animaux', 'Djeco', 'Jeux pour les petits', 0],
];

const TOOL_RULES = 'Rendre l’outil propre, dans sa mallette, avec tous ses accessoires. Lire la notice avant usage ; porter des lunettes de protection.';
const KITCHEN_RULES = 'Rendre l’appareil nettoyé et sec. Cordon et accessoires complets.';
const GARDEN_RULES = 'Rendre l’outil nettoyé (sans terre ni herbe). Ne pas utiliser sous la pluie.';
const CARE_RULES = 'Vider et rincer les réservoirs avant de rendre l’appareil.';
const PLAIN_RULES = 'Rendre complet et propre.';

/** [title, brand, category, value €, deposit €, loan days] — the conditions come from the category. */
const OBJECTS: [string, string, string, number, number, number | null][] = [
  ['Perceuse à percussion', 'Bosch', 'Bricolage', 89, 30, 7],
  ['Boîte de forets (bois, métal, béton)', 'Bosch', 'Bricolage', 25, 0, 7],
  ['Lunettes de protection', '3M', 'Bricolage', 8, 0, 7],
  ['Perceuse-visseuse sans fil', 'Makita', 'Bricolage', 129, 40, 7],
  ['Scie sauteuse', 'Black+Decker', 'Bricolage', 69, 30, 7],
  ['Scie circulaire', 'Ryobi', 'Bricolage', 119, 40, 7],
  ['Ponceuse orbitale', 'Bosch', 'Bricolage', 79, 30, 7],
  ['Meuleuse d’angle', 'Makita', 'Bricolage', 75, 30, 7],
  ['Décapeur thermique', 'Black+Decker', 'Bricolage', 45, 20, 7],
  ['Niveau laser en croix', 'Bosch', 'Bricolage', 95, 40, 7],
  ['Casque anti-bruit', '3M', 'Bricolage', 20, 0, 7],
  ['Coffret de tournevis', 'Facom', 'Bricolage', 39, 0, 14],
  ['Caisse à outils garnie', 'Stanley', 'Bricolage', 69, 20, 14],
  ['Serre-joints (lot de 4)', 'Wolfcraft', 'Bricolage', 35, 0, 14],
  ['Agrafeuse murale', 'Rapid', 'Bricolage', 29, 0, 14],
  ['Pistolet à colle', 'Bosch', 'Bricolage', 25, 0, 14],
  ['Détecteur de métaux et de câbles', 'Bosch', 'Bricolage', 59, 20, 7],
  ['Télémètre laser', 'Bosch', 'Bricolage', 49, 20, 7],
  ['Perforateur burineur', 'Bosch', 'Bricolage', 159, 50, 7],
  ['Coupe-carreaux', 'Rubi', 'Bricolage', 89, 30, 7],
  ['Décolleuse à papier peint', 'Wagner', 'Bricolage', 79, 30, 7],
  ['Pistolet à peinture', 'Wagner', 'Bricolage', 99, 40, 7],
  ['Échelle télescopique 3,80 m', 'Hailo', 'Bricolage', 149, 50, 7],
  ['Escabeau 5 marches', 'Hailo', 'Bricolage', 79, 20, 7],
  ['Escabeau 3 marches', 'Brennenstuhl', 'Bricolage', 45, 0, 7],
  ['Diable de manutention', 'Stanley', 'Bricolage', 69, 20, 7],
  ['Sangles à cliquet (lot de 4)', 'Master Lock', 'Bricolage', 25, 0, 7],
  ['Tréteaux pliants (la paire)', 'Stanley', 'Bricolage', 49, 0, 14],
  ['Tondeuse électrique', 'Bosch', 'Jardinage', 179, 50, 7],
  ['Taille-haie électrique', 'Black+Decker', 'Jardinage', 79, 30, 7],
  ['Coupe-bordures', 'Ryobi', 'Jardinage', 69, 20, 7],
  ['Sécateur de force', 'Fiskars', 'Jardinage', 45, 0, 14],
  ['Brouette', 'Haemmerlin', 'Jardinage', 89, 20, 7],
  ['Bêche', 'Fiskars', 'Jardinage', 39, 0, 14],
  ['Souffleur de feuilles', 'Ryobi', 'Jardinage', 69, 20, 7],
  ['Nettoyeur haute pression', 'Kärcher', 'Jardinage', 199, 60, 7],
  ['Motobineuse électrique', 'Einhell', 'Jardinage', 169, 50, 7],
  ['Scarificateur', 'Einhell', 'Jardinage', 119, 40, 7],
  ['Nettoyeur vapeur', 'Kärcher', 'Entretien', 149, 40, 7],
  ['Shampouineuse moquette', 'Kärcher', 'Entretien', 249, 60, 7],
  ['Aspirateur eau et poussière', 'Kärcher', 'Entretien', 99, 30, 7],
  ['Nettoyeur de vitres', 'Kärcher', 'Entretien', 69, 20, 14],
  ['Défroisseur vapeur', 'Rowenta', 'Entretien', 59, 20, 14],
  ['Déshumidificateur', 'Rowenta', 'Entretien', 199, 50, 14],
  ['Radiateur d’appoint à bain d’huile', 'De’Longhi', 'Entretien', 89, 20, 21],
  ['Appareil à raclette 8 personnes', 'Tefal', 'Cuisine et réception', 59, 20, 7],
  ['Appareil à fondue', 'Tefal', 'Cuisine et réception', 45, 20, 7],
  ['Crêpière 4 crêpes', 'Tefal', 'Cuisine et réception', 39, 0, 7],
  ['Gaufrier', 'Lagrange', 'Cuisine et réception', 69, 20, 7],
  ['Robot pâtissier', 'KitchenAid', 'Cuisine et réception', 449, 80, 7],
  ['Mixeur plongeant', 'Moulinex', 'Cuisine et réception', 39, 0, 14],
  ['Yaourtière', 'Seb', 'Cuisine et réception', 49, 0, 14],
  ['Machine à pain', 'Moulinex', 'Cuisine et réception', 99, 20, 14],
  ['Plancha électrique', 'Tefal', 'Cuisine et réception', 79, 20, 7],
  ['Cocotte-minute 8 litres', 'Seb', 'Cuisine et réception', 89, 20, 14],
  ['Marmite 20 litres', 'Cristel', 'Cuisine et réception', 59, 0, 7],
  ['Percolateur 100 tasses', 'Kitchen Chef', 'Cuisine et réception', 89, 30, 7],
  ['Stérilisateur à bocaux', 'Kitchen Chef', 'Cuisine et réception', 119, 30, 14],
  ['Barbecue à charbon', 'Weber', 'Cuisine et réception', 149, 40, 7],
  ['Tables pliantes (lot de 2)', 'Lifetime', 'Cuisine et réception', 119, 30, 7],
  ['Chaises pliantes (lot de 6)', 'Lifetime', 'Cuisine et réception', 119, 30, 7],
  ['Barnum 3 × 3 m', 'Mobeventpro', 'Cuisine et réception', 199, 60, 7],
  ['Vaisselle pour 20 personnes', 'Luminarc', 'Cuisine et réception', 120, 30, 7],
  ['Fontaine à chocolat', 'Livoo', 'Cuisine et réception', 49, 20, 7],
  ['Extracteur de jus', 'Moulinex', 'Cuisine et réception', 149, 40, 14],
  ['Balance de cuisine', 'Terraillon', 'Cuisine et réception', 25, 0, 14],
  ['Machine à coudre', 'Singer', 'Couture', 199, 50, 21],
  ['Surjeteuse', 'Brother', 'Couture', 299, 60, 21],
  ['Fer à repasser vapeur', 'Calor', 'Couture', 59, 0, 14],
  ['Mannequin de couture', 'Prym', 'Couture', 89, 20, 21],
  ['Boîte à couture garnie', 'Prym', 'Couture', 35, 0, 21],
  ['Tente 4 places', 'Quechua', 'Loisirs', 149, 40, 14],
  ['Sac de couchage', 'Quechua', 'Loisirs', 39, 0, 14],
  ['Glacière électrique', 'Campingaz', 'Loisirs', 89, 20, 14],
  ['Vidéoprojecteur', 'Epson', 'Loisirs', 399, 80, 7],
  ['Écran de projection', 'Celexon', 'Loisirs', 99, 20, 7],
  ['Enceinte portable', 'JBL', 'Loisirs', 99, 30, 7],
  ['Jumelles 10 × 42', 'Bushnell', 'Loisirs', 89, 20, 14],
  ['Jeu de boules de pétanque', 'Obut', 'Loisirs', 59, 0, 14],
  ['Raquettes de badminton (set de 4)', 'Yonex', 'Loisirs', 45, 0, 14],
  ['Vélo enfant 16 pouces', 'Btwin', 'Loisirs', 129, 30, 21],
  ['Lit parapluie', 'Babymoov', 'Puériculture', 79, 20, 21],
  ['Chaise haute pliante', 'Chicco', 'Puériculture', 99, 20, 21],
  ['Poussette canne', 'Maclaren', 'Puériculture', 149, 30, 21],
  ['Baignoire bébé', 'Thermobaby', 'Puériculture', 25, 0, 30],
  ['Barrière de sécurité', 'Safety 1st', 'Puériculture', 45, 0, 30],
  ['Porte-bébé physiologique', 'Ergobaby', 'Puériculture', 129, 30, 30],
];

const RULES_BY_CATEGORY: Record<string, string> = {
  Bricolage: TOOL_RULES,
  Jardinage: GARDEN_RULES,
  'Cuisine et réception': KITCHEN_RULES,
  Entretien: CARE_RULES,
};

/** [kit title, description, the objects lent together] */
const KITS: [string, string, string[]][] = [
  ['Kit bricolage', 'Tout pour poser des étagères : perceuse, forets et lunettes.', ['Perceuse à percussion', 'Boîte de forets (bois, métal, béton)', 'Lunettes de protection']],
  ['Kit fête des voisins', 'Pour une fête en bas de l’immeuble : tables, chaises et barnum.', ['Tables pliantes (lot de 2)', 'Chaises pliantes (lot de 6)', 'Barnum 3 × 3 m']],
  ['Kit camping', 'Un week-end sous la tente : tente, sac de couchage et glacière.', ['Tente 4 places', 'Sac de couchage', 'Glacière électrique']],
];

/** The demo catalogue; runs inside the caller's transaction, on a database without records yet. */
export function fillDemoCatalogue(db: SyncDb, now: string, random: Random): void {
  const today = now.slice(0, 10);
  const daysAgo = (days: number) => addDays(today, -days);
  const defaults = { depositCents: 0 };

  const categoryIds = new Map<string, number>();
  for (const [kind, names] of Object.entries(CATEGORIES) as [ItemKind, string[]][]) {
    for (const name of names) categoryIds.set(`${kind}:${name}`, createCategory(db, kind, name, now).id);
  }
  const record = (kind: ItemKind, category: string, fields: Partial<ItemFields> & { title: string }) =>
    createItem(
      db,
      {
        kind,
        categoryId: categoryIds.get(`${kind}:${category}`) ?? null,
        author: '',
        isbn: null,
        description: '',
        conditions: '',
        replacementValueCents: 0,
        depositCents: 0,
        loanDays: null,
        ...fields,
      },
      defaults,
      now,
    );
  // One call per copy, so that each gets its own condition and purchase date.
  const copies = (itemId: number, count: number) =>
    Array.from({ length: count }, () =>
      addCopies(
        db,
        itemId,
        { barcode: null, count: 1, condition: random.pick(COPY_CONDITIONS.slice(0, 3)), notes: '', acquiredOn: daysAgo(random.int(30, 1000)) },
        now,
      )[0]!,
    );

  const usedIsbns = new Set<string>();
  for (const [title, author, category] of BOOKS) {
    let isbn: string;
    do isbn = isbn13From(`9782${String(random.int(0, 99_999_999)).padStart(8, '0')}`);
    while (usedIsbns.has(isbn));
    usedIsbns.add(isbn);
    const id = record('book', category, { title, author, isbn, replacementValueCents: 800 + random.int(0, 22) * 100 });
    copies(id, random.int(1, category === 'Jeunesse' || category === 'Bandes dessinées' ? 3 : 2));
  }
  for (const [title, publisher, category, deposit] of GAMES) {
    const id = record('game', category, {
      title,
      author: publisher,
      replacementValueCents: 1500 + random.int(0, 30) * 100,
      depositCents: deposit,
      loanDays: 21,
      conditions: 'Vérifier le contenu de la boîte au retour (la liste est dans le couvercle).',
    });
    copies(id, random.int(1, 2));
  }
  const firstCopyOf = new Map<string, number>();
  for (const [title, brand, category, value, deposit, loanDays] of OBJECTS) {
    const id = record('object', category, {
      title,
      author: brand,
      replacementValueCents: value * 100,
      depositCents: deposit * 100,
      loanDays,
      conditions: RULES_BY_CATEGORY[category] ?? PLAIN_RULES,
    });
    firstCopyOf.set(title, copies(id, random.int(1, 3))[0]!);
  }

  for (const [title, description, parts] of KITS) {
    const id = record('kit', 'Kits', { title, description, loanDays: 7, conditions: 'Le kit se rend complet : chaque pièce est vérifiée au retour.' });
    const [kitCopy] = copies(id, 1);
    for (const part of parts) db.run(db.q.insertInto('kit_part').values({ kit_copy_id: kitCopy!, part_copy_id: firstCopyOf.get(part)! }));
  }

  fillDemoRepairs(db, now, daysAgo, firstCopyOf);
}

/** Three repairs: one still open (its copy in repair), one repaired, one that ended on the scrap heap. */
function fillDemoRepairs(db: SyncDb, now: string, daysAgo: (days: number) => string, copyOf: Map<string, number>): void {
  const repair = (title: string, problem: string, status: string, openedAgo: number, closedAgo: number | null, costCents: number, repairer: string) =>
    db.run(
      db.q.insertInto('repair').values({
        copy_id: copyOf.get(title)!,
        status,
        problem,
        repairer,
        cost_cents: costCents,
        notes: '',
        opened_on: daysAgo(openedAgo),
        closed_on: closedAgo === null ? null : daysAgo(closedAgo),
        created_at: now,
        updated_at: now,
      }),
    );
  const setCopy = (title: string, values: { status?: string; condition?: string; notes?: string }) =>
    db.run(db.q.updateTable('copy').set(values).where('id', '=', copyOf.get(title)!));

  repair('Machine à coudre', 'Le fil casse sans arrêt : tension à régler, canette abîmée.', 'in_progress', 12, null, 0, 'Repair café du quartier');
  setCopy('Machine à coudre', { status: 'in_repair' });
  repair('Taille-haie électrique', 'Lame émoussée, ne coupe plus les branches.', 'done', 90, 75, 1500, 'Atelier Dupont, affûtage');
  setCopy('Taille-haie électrique', { condition: 'good' });
  repair('Gaufrier', 'Ne chauffe plus.', 'scrapped', 60, 50, 0, 'Repair café du quartier');
  setCopy('Gaufrier', { status: 'retired', notes: `Retiré le ${frenchDate(daysAgo(50))} : mis au rebut (résistance grillée).` });
}
