/**
 * The demo catalogue. Prices are spread from about 30 € to 6,000 € so that
 * every financing solution of the sandbox is eligible for some products, and
 * none for the cheapest ones.
 */
export interface CatalogEntry {
  slug: string;
  name: string;
  brand: string;
  model: string;
  category: string;
  description: string;
  specifications: string;
  sku: string;
  priceCents: number;
  /** Colours of the product illustration generated into public/products. */
  palette: [string, string];
  glyph: string;
}

export const catalog: CatalogEntry[] = [
  {
    slug: "moulin-a-cafe-manuel",
    name: "Moulin à café manuel Céramique",
    brand: "Atelier Brun",
    model: "MC-40",
    category: "Petit électroménager",
    description: "Meules coniques en céramique, mouture réglable de l'espresso à la cafetière à piston.",
    specifications: "Capacité 40 g, meules céramique, corps inox brossé",
    sku: "AB-MC40-INX",
    priceCents: 2990,
    palette: ["#8d6e63", "#d7ccc8"],
    glyph: "☕",
  },
  {
    slug: "bouilloire-col-de-cygne",
    name: "Bouilloire col de cygne 1 L",
    brand: "Atelier Brun",
    model: "BK-1000",
    category: "Petit électroménager",
    description: "Bec verseur fin pour un filtre précis, température réglable au degré près.",
    specifications: "1 L, 1200 W, 40–100 °C, maintien au chaud 60 min",
    sku: "AB-BK1000",
    priceCents: 7990,
    palette: ["#455a64", "#cfd8dc"],
    glyph: "♨",
  },
  {
    slug: "casque-audio-sans-fil",
    name: "Casque audio sans fil à réduction de bruit",
    brand: "Sonora",
    model: "NC-700",
    category: "Audio",
    description: "Réduction de bruit active, 40 heures d'autonomie, charge rapide USB-C.",
    specifications: "Bluetooth 5.3, codecs AAC/LDAC, 250 g",
    sku: "SN-NC700-BLK",
    priceCents: 24900,
    palette: ["#263238", "#90a4ae"],
    glyph: "🎧",
  },
  {
    slug: "robot-patissier",
    name: "Robot pâtissier à bol relevable 4,8 L",
    brand: "Cuisimax",
    model: "5KPM5",
    category: "Petit électroménager",
    description: "Moteur à entraînement direct, bol inox amovible, trois accessoires fournis.",
    specifications: "315 W, 220–240 V, 50/60 Hz, 10 vitesses",
    sku: "CM-5KPM5-RED",
    priceCents: 44900,
    palette: ["#c62828", "#ffcdd2"],
    glyph: "🥣",
  },
  {
    slug: "aspirateur-balai",
    name: "Aspirateur balai sans fil",
    brand: "Vortex",
    model: "V-12 Slim",
    category: "Entretien",
    description: "Détection de poussière laser, 60 minutes d'autonomie, filtration HEPA.",
    specifications: "150 AW, 0,35 L, 1,5 kg",
    sku: "VX-V12S",
    priceCents: 64900,
    palette: ["#6a1b9a", "#e1bee7"],
    glyph: "✦",
  },
  {
    slug: "machine-espresso",
    name: "Machine espresso à levier",
    brand: "Caffè Riva",
    model: "Leva Doppia",
    category: "Petit électroménager",
    description: "Double chaudière, groupe E61, pression stable pour des espressos de barista.",
    specifications: "2 chaudières, 9 bar, réservoir 2,5 L",
    sku: "CR-LEVA2",
    priceCents: 98900,
    palette: ["#3e2723", "#bcaaa4"],
    glyph: "☕",
  },
  {
    slug: "smartphone-pro",
    name: "Smartphone Pro 256 Go",
    brand: "Nova",
    model: "N15 Pro",
    category: "Téléphonie",
    description: "Écran OLED 6,7 pouces 120 Hz, triple capteur photo 50 Mpx, 5G.",
    specifications: "256 Go, 12 Go RAM, batterie 5000 mAh",
    sku: "NV-N15P-256",
    priceCents: 129900,
    palette: ["#0d47a1", "#bbdefb"],
    glyph: "📱",
  },
  {
    slug: "lave-linge-9kg",
    name: "Lave-linge hublot 9 kg",
    brand: "Lavéa",
    model: "LH-914",
    category: "Gros électroménager",
    description: "Moteur induction silencieux, vapeur anti-allergènes, classe énergétique A.",
    specifications: "9 kg, 1400 tr/min, 51 dB",
    sku: "LV-LH914",
    priceCents: 69900,
    palette: ["#00695c", "#b2dfdb"],
    glyph: "◎",
  },
  {
    slug: "ordinateur-portable-creatif",
    name: "Ordinateur portable créatif 16\"",
    brand: "Pixelforge",
    model: "Studio 16",
    category: "Informatique",
    description: "Écran 16 pouces calibré, processeur 12 cœurs, carte graphique dédiée.",
    specifications: "32 Go RAM, SSD 1 To, 2,1 kg",
    sku: "PF-ST16-32",
    priceCents: 219900,
    palette: ["#37474f", "#eceff1"],
    glyph: "💻",
  },
  {
    slug: "velo-electrique-urbain",
    name: "Vélo électrique urbain",
    brand: "Roulève",
    model: "City E8",
    category: "Mobilité",
    description: "Moteur central, courroie carbone, batterie amovible pour 120 km d'autonomie.",
    specifications: "250 W, 25 km/h, batterie 625 Wh, 22 kg",
    sku: "RL-CE8-M",
    priceCents: 289900,
    palette: ["#2e7d32", "#c8e6c9"],
    glyph: "🚲",
  },
  {
    slug: "televiseur-oled-65",
    name: "Téléviseur OLED 65\"",
    brand: "Lumen",
    model: "OL65-C4",
    category: "TV & vidéo",
    description: "Dalle OLED 4K 120 Hz, Dolby Vision, quatre ports HDMI 2.1.",
    specifications: "165 cm, HDR10+, 4 × 20 W",
    sku: "LM-OL65C4",
    priceCents: 349900,
    palette: ["#212121", "#9e9e9e"],
    glyph: "📺",
  },
  {
    slug: "canape-modulable",
    name: "Canapé modulable 4 places en velours",
    brand: "Maison Ode",
    model: "Ode Modulo",
    category: "Maison",
    description: "Modules déplaçables, housses déhoussables, structure en hêtre massif.",
    specifications: "L 290 × P 95 cm, velours côtelé, 4 modules",
    sku: "MO-MOD4-VEL",
    priceCents: 419000,
    palette: ["#ad1457", "#f8bbd0"],
    glyph: "🛋",
  },
  {
    slug: "cuisine-equipee-compacte",
    name: "Cuisine équipée compacte",
    brand: "Maison Ode",
    model: "Ode Kitchen 240",
    category: "Maison",
    description: "Linéaire de 2,40 m avec plaque induction, four pyrolyse et lave-vaisselle intégrés.",
    specifications: "2,40 m, façades chêne, plan de travail quartz",
    sku: "MO-K240",
    priceCents: 589000,
    palette: ["#ef6c00", "#ffe0b2"],
    glyph: "⌂",
  },
  {
    slug: "piano-numerique",
    name: "Piano numérique à queue",
    brand: "Harmonia",
    model: "GP-88",
    category: "Musique",
    description: "88 touches en bois à échappement, échantillons de grand piano de concert.",
    specifications: "256 polyphonies, 2 × 50 W, 85 kg",
    sku: "HM-GP88",
    priceCents: 799000,
    palette: ["#1a237e", "#c5cae9"],
    glyph: "🎹",
  },
];

/** A product's words in a language other than French (the catalogue's own). */
export interface CatalogTranslation {
  name: string;
  description: string;
  specifications: string;
}

/** English and German names, descriptions and specifications, by slug; French is the entry itself. */
export const catalogTranslations: Record<"en" | "de", Record<string, CatalogTranslation>> = {
  en: {
    "moulin-a-cafe-manuel": { name: "Ceramic manual coffee grinder", description: "Conical ceramic burrs, grind adjustable from espresso to French press.", specifications: "40 g capacity, ceramic burrs, brushed stainless steel body" },
    "bouilloire-col-de-cygne": { name: "Gooseneck kettle 1 L", description: "Fine spout for precise pour-over, temperature set to the degree.", specifications: "1 L, 1200 W, 40–100 °C, keeps warm for 60 min" },
    "casque-audio-sans-fil": { name: "Noise-cancelling wireless headphones", description: "Active noise cancelling, 40 hours of battery, fast USB-C charging.", specifications: "Bluetooth 5.3, AAC/LDAC codecs, 250 g" },
    "robot-patissier": { name: "Tilt-head stand mixer 4.8 L", description: "Direct-drive motor, removable stainless bowl, three attachments included.", specifications: "315 W, 220–240 V, 50/60 Hz, 10 speeds" },
    "aspirateur-balai": { name: "Cordless stick vacuum", description: "Laser dust detection, 60 minutes of battery, HEPA filtration.", specifications: "150 AW, 0.35 L, 1.5 kg" },
    "machine-espresso": { name: "Lever espresso machine", description: "Dual boiler, E61 group, steady pressure for barista espressos.", specifications: "2 boilers, 9 bar, 2.5 L tank" },
    "smartphone-pro": { name: "Smartphone Pro 256 GB", description: "6.7-inch 120 Hz OLED screen, triple 50 MP camera, 5G.", specifications: "256 GB, 12 GB RAM, 5000 mAh battery" },
    "lave-linge-9kg": { name: "Front-loading washing machine 9 kg", description: "Quiet induction motor, anti-allergen steam, energy class A.", specifications: "9 kg, 1400 rpm, 51 dB" },
    "ordinateur-portable-creatif": { name: "Creator laptop 16\"", description: "Calibrated 16-inch screen, 12-core processor, dedicated graphics.", specifications: "32 GB RAM, 1 TB SSD, 2.1 kg" },
    "velo-electrique-urbain": { name: "Urban e-bike", description: "Mid-drive motor, carbon belt, removable battery for 120 km of range.", specifications: "250 W, 25 km/h, 625 Wh battery, 22 kg" },
    "televiseur-oled-65": { name: "OLED TV 65\"", description: "4K 120 Hz OLED panel, Dolby Vision, four HDMI 2.1 ports.", specifications: "165 cm, HDR10+, 4 × 20 W" },
    "canape-modulable": { name: "Modular 4-seat velvet sofa", description: "Movable modules, removable covers, solid beech frame.", specifications: "W 290 × D 95 cm, corduroy velvet, 4 modules" },
    "cuisine-equipee-compacte": { name: "Compact fitted kitchen", description: "2.40 m run with induction hob, pyrolytic oven and built-in dishwasher.", specifications: "2.40 m, oak fronts, quartz worktop" },
    "piano-numerique": { name: "Digital grand piano", description: "88 wooden keys with escapement, samples of a concert grand.", specifications: "256-note polyphony, 2 × 50 W, 85 kg" },
  },
  de: {
    "moulin-a-cafe-manuel": { name: "Manuelle Kaffeemühle Keramik", description: "Konisches Keramikmahlwerk, Mahlgrad einstellbar von Espresso bis French Press.", specifications: "40 g Fassungsvermögen, Keramikmahlwerk, Gehäuse aus gebürstetem Edelstahl" },
    "bouilloire-col-de-cygne": { name: "Schwanenhals-Wasserkocher 1 L", description: "Feiner Ausguss für präzisen Handaufguss, Temperatur gradgenau einstellbar.", specifications: "1 L, 1200 W, 40–100 °C, Warmhalten 60 min" },
    "casque-audio-sans-fil": { name: "Kabelloser Kopfhörer mit Geräuschunterdrückung", description: "Aktive Geräuschunterdrückung, 40 Stunden Akkulaufzeit, Schnellladen über USB-C.", specifications: "Bluetooth 5.3, Codecs AAC/LDAC, 250 g" },
    "robot-patissier": { name: "Küchenmaschine mit Kippkopf 4,8 L", description: "Direktantrieb, abnehmbare Edelstahlschüssel, drei Aufsätze im Lieferumfang.", specifications: "315 W, 220–240 V, 50/60 Hz, 10 Stufen" },
    "aspirateur-balai": { name: "Kabelloser Akku-Stielsauger", description: "Laser-Stauberkennung, 60 Minuten Laufzeit, HEPA-Filter.", specifications: "150 AW, 0,35 L, 1,5 kg" },
    "machine-espresso": { name: "Hebel-Espressomaschine", description: "Dualboiler, E61-Brühgruppe, stabiler Druck für Espresso wie vom Barista.", specifications: "2 Boiler, 9 bar, Wassertank 2,5 L" },
    "smartphone-pro": { name: "Smartphone Pro 256 GB", description: "6,7-Zoll-OLED-Display mit 120 Hz, Dreifachkamera mit 50 MP, 5G.", specifications: "256 GB, 12 GB RAM, Akku 5000 mAh" },
    "lave-linge-9kg": { name: "Frontlader-Waschmaschine 9 kg", description: "Leiser Induktionsmotor, Dampf gegen Allergene, Energieeffizienzklasse A.", specifications: "9 kg, 1400 U/min, 51 dB" },
    "ordinateur-portable-creatif": { name: "Creator-Notebook 16\"", description: "Kalibriertes 16-Zoll-Display, 12-Kern-Prozessor, dedizierte Grafikkarte.", specifications: "32 GB RAM, 1 TB SSD, 2,1 kg" },
    "velo-electrique-urbain": { name: "Urbanes E-Bike", description: "Mittelmotor, Carbonriemen, herausnehmbarer Akku für 120 km Reichweite.", specifications: "250 W, 25 km/h, Akku 625 Wh, 22 kg" },
    "televiseur-oled-65": { name: "OLED-Fernseher 65\"", description: "4K-OLED-Panel mit 120 Hz, Dolby Vision, vier HDMI-2.1-Anschlüsse.", specifications: "165 cm, HDR10+, 4 × 20 W" },
    "canape-modulable": { name: "Modulares 4-Sitzer-Samtsofa", description: "Verschiebbare Module, abziehbare Bezüge, Gestell aus massiver Buche.", specifications: "B 290 × T 95 cm, Cordsamt, 4 Module" },
    "cuisine-equipee-compacte": { name: "Kompakte Einbauküche", description: "Küchenzeile von 2,40 m mit Induktionskochfeld, Pyrolyse-Backofen und integriertem Geschirrspüler.", specifications: "2,40 m, Fronten in Eiche, Arbeitsplatte aus Quarz" },
    "piano-numerique": { name: "Digitaler Flügel", description: "88 Holztasten mit Druckpunkt, Samples eines Konzertflügels.", specifications: "256-stimmige Polyphonie, 2 × 50 W, 85 kg" },
  },
};
