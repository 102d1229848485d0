// Places each police force area covers, so the form's search box finds "Thames Valley"
// from "Reading" and "Dyfed-Powys" from "Sir Gâr". Main counties, cities and towns, with
// Welsh names where they are in common use. Search help only: never used to decide an area.
export const FORCE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  northumbria: ["Newcastle", "Sunderland", "Gateshead", "Tyneside", "Tyne and Wear", "Northumberland"],
  cumbria: ["Carlisle", "Kendal", "Barrow", "Workington", "Penrith", "Lake District"],
  durham: ["County Durham", "Darlington", "Durham"],
  cleveland: ["Middlesbrough", "Hartlepool", "Stockton", "Redcar", "Teesside"],
  lancashire: ["Preston", "Blackpool", "Blackburn", "Burnley", "Lancaster"],
  "north-yorkshire": ["York", "Efrog", "Harrogate", "Scarborough", "Selby", "Northallerton"],
  merseyside: ["Liverpool", "Lerpwl", "Wirral", "Birkenhead", "St Helens", "Knowsley", "Sefton", "Southport"],
  "greater-manchester": ["Manchester", "Manceinion", "Salford", "Bolton", "Wigan", "Stockport", "Oldham", "Rochdale", "Bury", "Trafford", "Tameside"],
  "west-yorkshire": ["Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax", "Kirklees", "Calderdale"],
  "south-yorkshire": ["Sheffield", "Doncaster", "Rotherham", "Barnsley"],
  humberside: ["Hull", "Grimsby", "Scunthorpe", "East Riding", "Beverley"],
  cheshire: ["Chester", "Caer", "Warrington", "Crewe", "Macclesfield", "Widnes", "Runcorn"],
  staffordshire: ["Stoke-on-Trent", "Stafford", "Tamworth", "Burton upon Trent", "Lichfield"],
  derbyshire: ["Derby", "Chesterfield", "Buxton", "Glossop"],
  nottinghamshire: ["Nottingham", "Mansfield", "Newark"],
  lincolnshire: ["Lincoln", "Boston", "Grantham", "Skegness"],
  "west-mercia": ["Worcester", "Worcestershire", "Herefordshire", "Hereford", "Henffordd", "Shropshire", "Shrewsbury", "Amwythig", "Telford"],
  "west-midlands": ["Birmingham", "Coventry", "Wolverhampton", "Walsall", "Dudley", "Solihull", "Sandwell"],
  leicestershire: ["Leicester", "Caerlŷr", "Loughborough", "Rutland"],
  northamptonshire: ["Northampton", "Kettering", "Corby"],
  cambridgeshire: ["Cambridge", "Caergrawnt", "Peterborough", "Huntingdon", "Ely"],
  norfolk: ["Norwich", "King's Lynn", "Great Yarmouth"],
  gloucestershire: ["Gloucester", "Caerloyw", "Cheltenham", "Stroud", "Cotswolds"],
  warwickshire: ["Warwick", "Nuneaton", "Rugby", "Stratford-upon-Avon", "Leamington"],
  bedfordshire: ["Bedford", "Luton"],
  hertfordshire: ["St Albans", "Watford", "Stevenage", "Hemel Hempstead", "Hatfield"],
  suffolk: ["Ipswich", "Bury St Edmunds", "Lowestoft"],
  "devon-and-cornwall": ["Devon", "Cornwall", "Plymouth", "Exeter", "Torquay", "Truro", "Isles of Scilly"],
  "avon-and-somerset": ["Bristol", "Bryste", "Bath", "Caerfaddon", "Somerset", "Taunton", "Weston-super-Mare", "Yeovil"],
  wiltshire: ["Swindon", "Salisbury", "Chippenham", "Trowbridge"],
  "thames-valley": ["Oxford", "Rhydychen", "Oxfordshire", "Reading", "Berkshire", "Buckinghamshire", "Milton Keynes", "Slough", "High Wycombe", "Aylesbury", "Windsor"],
  metropolitan: ["London", "Llundain", "Greater London", "Westminster", "Croydon", "Camden", "Hackney", "Ealing", "Barnet", "Brent", "Bromley", "Lambeth", "Southwark", "Islington", "Newham"],
  "city-of-london": ["City of London", "Square Mile", "London", "Llundain"],
  essex: ["Chelmsford", "Colchester", "Southend", "Basildon", "Harlow", "Thurrock"],
  dorset: ["Bournemouth", "Poole", "Weymouth", "Dorchester", "Christchurch"],
  hampshire: ["Southampton", "Portsmouth", "Winchester", "Basingstoke", "Isle of Wight"],
  surrey: ["Guildford", "Woking", "Epsom", "Reigate", "Staines"],
  sussex: ["Brighton", "Hove", "Crawley", "Eastbourne", "Hastings", "Worthing", "Chichester", "East Sussex", "West Sussex"],
  kent: ["Maidstone", "Canterbury", "Caergaint", "Medway", "Dover", "Ashford", "Tunbridge Wells", "Folkestone"],
  "north-wales": ["Wrexham", "Wrecsam", "Bangor", "Anglesey", "Ynys Môn", "Gwynedd", "Conwy", "Denbighshire", "Sir Ddinbych", "Flintshire", "Sir y Fflint", "Llandudno", "Rhyl", "Y Rhyl", "Caernarfon"],
  "dyfed-powys": ["Carmarthenshire", "Sir Gaerfyrddin", "Sir Gâr", "Carmarthen", "Caerfyrddin", "Ceredigion", "Pembrokeshire", "Sir Benfro", "Powys", "Aberystwyth", "Llanelli", "Haverfordwest", "Hwlffordd", "Brecon", "Aberhonddu", "Newtown", "Y Drenewydd", "Llandrindod"],
  "south-wales": ["Cardiff", "Caerdydd", "Swansea", "Abertawe", "Bridgend", "Pen-y-bont ar Ogwr", "Neath", "Castell-nedd", "Port Talbot", "Merthyr Tydfil", "Merthyr Tudful", "Rhondda", "Vale of Glamorgan", "Bro Morgannwg", "Barry", "Y Barri"],
  gwent: ["Newport", "Casnewydd", "Monmouthshire", "Sir Fynwy", "Caerphilly", "Caerffili", "Blaenau Gwent", "Torfaen", "Pontypool", "Pont-y-pŵl", "Cwmbran", "Cwmbrân", "Abergavenny", "Y Fenni", "Chepstow", "Cas-gwent"],
  "police-scotland": ["Scotland", "Alba", "Edinburgh", "Caeredin", "Glasgow", "Aberdeen", "Dundee", "Inverness", "Highlands", "Stirling", "Perth"],
  psni: ["Northern Ireland", "Belfast", "Derry", "Londonderry", "Newry", "Lisburn", "Armagh"],
  "outside-uk": ["abroad", "overseas", "dramor", "Ireland", "Iwerddon", "Isle of Man", "Ynys Manaw", "Jersey", "Guernsey", "Channel Islands"],
};

/** Lower case, no accents, no punctuation: "Sir Gâr" and "sir gar" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
