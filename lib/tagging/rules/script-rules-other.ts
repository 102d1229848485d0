import { compileRules, type RuleRow } from "./rule";
import { UNAUTH } from "./common";

/** Cues for account-security, delivery and the "other" scams. Same weight scale as script-rules-commerce.ts. */

const SUBJECTS = String.raw`(?:account|acc|acct|apple id|icloud|online banking|banking|mailbox|email|page|profile|sim card|sim|id|router|wifi|internet|computer|laptop|pc|device|instagram|facebook|netflix|paypal|amazon)`;

const ACCOUNT_SECURITY: RuleRow[] = [
  ["account-locked", 4, String.raw`${SUBJECTS} (?:has |had |have |is |was |got |getting |been |being |about to be |going to be ){0,2}(?:temporarily |permanently |now |just )?(?:locked|suspended|hacked|compromised|blocked|frozen|limited|restricted|disabled|deactivated|on hold|breached|accessed|taken over|cloned|swapped|infected|accessed by)\b`],
  ["account-will-lock", 2.5, String.raw`${SUBJECTS} (?:will|would|could) be (?:locked|suspended|blocked|frozen|closed|deleted|disabled|deactivated)`],
  ["locked-your-account", 3.5, String.raw`(?:locked|suspended|limited|restricted|blocked|frozen|disabled|deactivated|hacked|compromised|accessed|breached) (?:your|my|her|his|the) (?:account|apple id|icloud|online banking|access|email|mailbox)`],
  ["card-blocked", 2.5, String.raw`card (?:has |had |is |was )?(?:been )?(?:blocked|frozen|suspended|locked|stopped)`],
  ["hacked", 3, String.raw`hack(?:ed|er|ers|ing)\b|compromis\w*|breach\w*|(?:virus|viruses|malware|infected|trojan|spyware)\b|dark web|(?:ip|i\.p\.) address|cyber ?attack`],
  ["new-device", 3.5, String.raw`new (?:device|phone|computer|location|log_?in|sign_?in)|(?:unusual|suspicious|unrecogni[sz]ed|unknown|strange) (?:sign_?in|log_?in|activity|access|device|location|ip)|(?:sign|log)_?(?:ed)?_?(?:in|on) (?:attempt|activity)|(?:tried|trying|attempt\w*) to (?:log|sign|get) (?:in|into|on)|someone (?:has |had )?(?:logged|signed) (?:in|into)|(?:registered|activated|logged in|signed in|set up|added) on (?:another|a new|a different|an unknown|someone else'?s) (?:phone|device|iphone|computer|mobile)|logged (?:in|into) (?:to )?(?:your|my|her|his) [a-z]+ (?:id |account )?from|password (?:reset|change)|${UNAUTH} (?:access|log_?in|sign_?in)|accessed (?:by|from)|access to (?:your|my|her|his) (?:account|bank|computer|router|email)|(?:has|have|had|gained) access`],
  ["verify-account", 2.5, String.raw`(?:verif\w*|confirm\w*|secure|securing|protect|unlock|unblock|restore|reactivate|re-activate|recover) (?:your |my |her |his |the )?(?:identity|account|access|apple id|number|information)|(?:failed|failure|pending) verification|verification (?:required|needed|failed|problem|issue|error)|unverified (?:information|account|details|identity)|verify now\b|(?:password|passcode|pin) (?:was |has been |had been )?(?:changed|reset)|(?:change|reset|changing|resetting) (?:your|my|her|his|the) password|security (?:alert|check|team|advisor|adviser|department|notice|warning)|restore access`],
  ["safe-account", 2, String.raw`safe account|(?:secure|safe|new) account (?:in (?:my|your|her|his) name|they (?:had )?set up)|keep (?:it|your money|my money|her money|the money|your funds|my savings) safe|protect (?:your|my|her) (?:money|funds|savings)`],
  ["tech-support", 2, String.raw`(?:illegal|criminal|suspicious) activity|copyright|community standards|violat\w*|sending out viruses|(?:computer|laptop|pc|router) (?:is |was )?(?:slow|broken|not working)`],
];

const DELIVERY: RuleRow[] = [
  ["parcel", 3, String.raw`(?:parcel|parcle|percel|parcell|pacel|parcal)s?\b`],
  ["package", 2.5, String.raw`packages?\b(?! (?:deal|holiday))`, { notBefore: String.raw`(?:tv|sport|sports|broadband|holiday|phone|mobile|data|sky|bt|care|benefits?|software|insurance|protection|bundle|virgin|subscription|contract)` }],
  ["shipment", 2.5, String.raw`shipments?\b|consignments?\b`],
  ["redelivery", 4, String.raw`redeliver\w*|re-deliver\w*|re deliver\w*|(?:reschedul|rearrang|rebook|re-schedul|re-arrang|re-book)\w* (?:the |your |a |my )?deliver\w*|missed (?:you|your delivery|delivery|a delivery)|sorry we missed|(?:could ?n'?t|could not|cannot|can'?t|unable to|was ?n'?t|failed to|attempted to|tried to) (?:be )?deliver\w*|awaiting delivery|out for delivery|delivery (?:fee|charge|attempt|failed|problem|issue|address|driver|agent|card)|(?:shipping|postage|delivery|customs|import|handling|clearance) (?:fee|charge|cost|duty|duties|vat)s?|customs|import (?:vat|duty|duties|tax)|(?:duty|duties) (?:of|on)|clearance|(?:parcel|post) locker|return to sender|held at (?:the )?(?:depot|warehouse|customs|sorting)`],
  ["tracking", 2, String.raw`track(?:ing)? (?:number|link|your|my|it|the|parcel|package|code)|tracking\b|driver\b|courier\b|dispatch\w*`],
  ["courier-brand", 2, String.raw`royal_?mail|evri\b|hermes|\bdpd\b|\bdhl\b|(?<![-a-z])ups\b|fed_?ex|\busps\b|parcel_?force|yodel|inpost|post office|amazon logistics|parcel delivery`],
  ["delivery", 1.5, String.raw`deli[ev]{1,2}[ea]?r(?:y|ed|ies|ing|ary)?\b|postage`],
  ["delivery-fee", 2.5, String.raw`deliver\w*<4>(?:fee|charge|cost|payment|duty)|(?:fee|charge|duty)<4>(?:deliver\w*|parcel|package|hamper|flowers)`],
];

const OTHER: RuleRow[] = [
  ["tax-authority", 5, String.raw`hmrc|inland revenue|\birs\b|tax (?:fraud|lawsuit|case|investigation)|ni number|national insurance number|tax (?:refund|rebate|return|evasion|bill|owed|debt|office|credit|code|man)|(?:unpaid|owe|owed|outstanding|overdue|back) tax|council tax|vehicle tax|road tax|national insurance|\bdwp\b|\bdvla\b|cost of living (?:payment|support)|social security|\bssa\b|\bssn\b|government (?:grant|account|rebate|payment|scheme)|benefits? (?:payment|agency)|universal credit|ofgem|energy (?:bill )?(?:rebate|support|grant)|winter fuel|pension credit`],
  ["charity-misc", 3, String.raw`charity|donat\w*|covid|vaccine|\bnhs\b|invoice (?:fraud|scam)|mandate fraud|conveyancing|solicitor|psychic|celebrity|elon musk|double your (?:money|bitcoin|crypto)`],
  ["prize", 3.5, String.raw`(?:you've|youve|you have|i'd|id|i had|i've|ive|i have|has|have|she|he|we) (?:won|been selected|been chosen)|\bwon (?:a|an|the|£|\$|€|\d)|congratulations|winner|prize|lottery|sweepstake\w*|jackpot|lucky draw|giveaway|free (?:alexa|iphone|ipad|gift|tv|laptop|phone|holiday)|customer (?:survey|reward)|loyal(?:ty)? (?:customer|reward|bonus)|inherit\w*|beneficiary|unclaimed`],
  ["investment", 3.5, String.raw`invest(?:ment|ments|ed|ing|or|ors|s)?\b|trading (?:platform|account|app|bot)|(?:bitcoin|crypto|forex|gold|stock) (?:trading|investment|scheme|opportunity|arbitrage|mining)|guaranteed (?:\d+|returns|profit|income|approval)|(?<=\d ?% )(?:returns?|profit|a week|a month|per)|returns? (?:a|per) (?:week|day|month)|(?:can'?t|cannot|unable to|couldn'?t) withdraw|arbitrage|pension (?:review|transfer|release)`],
  ["job", 3.5, String.raw`job (?:offer|opportunit\w*|scam|interview|advert)|offered (?:me )?(?:a )?job|(?:earn|make|paid) (?:£|\$|€)?\s?\d+ (?:a|per) (?:day|hour|week)|mystery shopper|(?:liking|rating|reviewing|review) (?:youtube |tiktok )?(?:videos|products|hotels|apps)|(?:unlock|complete) (?:the )?tasks|tasks? (?:job|scam)|work from home|part_?time (?:job|work)|recruit\w*|(?:telegram|whats_?app) job`],
  ["romance", 4, String.raw`dating (?:app|site|website)|facebook dating|tinder|hinge|bumble|romance|romantic|boyfriend|girlfriend|army (?:general|officer|doctor)|(?:us|american) (?:army|soldier|general)|soldier|deployed|peacekeep\w*|(?:money|pay) (?:to|for) (?:get |his |her )?(?:leave|flight|visa)|come (?:and )?visit|(?:met|talking to|chatting (?:to|with)|speaking to) (?:a |an |this |someone|somebody|him|her)<2>(?:on|online|through|via) (?:facebook|instagram|whatsapp|tinder|hinge|a dating|an app|the app|line|telegram|snapchat|linkedin)|oil rig|(?:fell|falling) in love|sweetheart`],
  ["recall", 4, String.raw`(?:product|safety|item) recall|recall (?:notice|alert|email|letter|text|scheme|campaign)|recall(?:ed|ing)? (?:the |my |your |her |his |a |an )?(?:product|item|air ?fryer|device|model|batch)|(?:is|was|been|being|are|were) recalled|recalling`],
  ["warranty", 4, String.raw`warrant(?:y|ies)\b|extended (?:car )?(?:warranty|cover)`],
  // Who the scammer claims to be is a brand, not a script; only the
  // investigation pretext itself ("help us catch corrupt bank staff") is.
  ["police-identity", 1.5, String.raw`police (?:officer|detective|constable)|detective|\bdc [a-z]+|metropolitan police|scotland yard|national crime agency|\bnca\b|\bfbi\b`],
  ["investigation", 3.5, String.raw`money laundering|under investigation|investigat\w* (?:her|his|your|my|the|their) bank|corrupt (?:staff|bank|employees?|cashiers?)|catch (?:the )?(?:criminals|fraudsters|corrupt)|illegal content|viewing (?:illegal|indecent|child)|cyber_?crime (?:unit|team|department)|(?:as|for) evidence|(?:help|assist) (?:with )?(?:an |the |their |our )?(?:investigation|inquiry|enquiry)|undercover|withdraw (?:£|\$|€)?\s?[\d,]+k? (?:in )?cash|bank (?:staff|employees?|branch) (?:were |are )?(?:under|involved)`],
  ["recovery", 3.5, String.raw`recover(?:y)? (?:company|firm|service|agent|scam|specialist|team)|recover (?:my |your |her |his |the |lost ){1,3}(?:money|funds|bitcoin|crypto|savings|losses)`],
  ["family", 4, String.raw`hi (?:mum|mom|dad|mam|mummy|daddy)\b|(?:mum|mom|dad),? (?:i've|i have|it's me|its me|i'm|im)\b|broken my phone|(?:temporary|temp|new phone) number|my new number|this is my new|dropped my phone|lost my phone|broke my phone|grand(?:son|daughter|child)|bail money|(?:son|daughter) (?:is |was )?in trouble`],
  ["sextortion", 4, String.raw`sextortion|video of (?:you|me)|webcam|intimate (?:photos|images|video)|explicit (?:photos|images|video)|(?:send|share) it to (?:your|my|all your|all my) contacts|(?:video|photos|pictures|recording)<4>contacts|recorded (?:you|me) (?:watching|while|through|on)`],
  ["marketplace", 3.5, String.raw`marketplace|gumtree|vinted|depop|craigslist|preloved|(?:buy|buying|selling|sell) my (?:sofa|car|bike|item|stuff|phone|furniture|van)|shipping agent|(?:buyer|seller) (?:sent|wanted|asked|overpaid)|overpaid for my`],
  ["bills-fines", 3, String.raw`(?:be |get |being )?disconnected (?:today|tomorrow|within)|(?:overdue|unpaid|outstanding) (?:bill|invoice|balance|fine)|(?:electricity|gas|water|energy) (?:company|supplier|board|bill)|parking (?:fine|ticket|charge)|penalty (?:charge|notice)|\bpcn\b|toll (?:road|charge)|congestion charge|speeding (?:fine|ticket)`],
  ["advance-fee", 3, String.raw`\bloan\b|credit repair|arrangement fee|(?:admin|administration|processing|release|legal|upfront|advance) fees?\b|mis_?sold|\bppi\b|car finance|claims? (?:company|management)|compensation claim|(?:accident|injury) claim|accident (?:i|you|she|he) (?:never|didn'?t)|personal injury`],
  ["rogue-trader-shop", 3.5, String.raw`\broof\b|gutters?|driveway|drive (?:needed|needs|was) |resurfac\w*|tarmac\w*|block paving|roofing|roof tiles|rogue trader|(?:bought|buying|ordered|paid for) (?:some |the |two |2 )?(?:concert |festival |football |gig )?tickets|blocked me|never (?:sent|received|arrived|turned up)|cheap (?:flights|tickets|holiday)|(?:villa|apartment|holiday let|property|flat|house|caravan) (?:doesn'?t|didn'?t|does not|did not) exist|fake (?:listing|villa|holiday|booking|advert)|fake (?:shop|store)|(?:ticket|concert|holiday|booking)s? (?:scam|never arrived|not received)|no booking|puppy|kitten`],
  ["code-takeover", 3, String.raw`(?:sent|send|texted) (?:it|you|the code|a code|that code|this code|me a code|a code to you|it to you)? ?by (?:mistake|accident)|(?:code|it) (?:was )?(?:sent|came) (?:to you )?by (?:mistake|accident)|pretending to be (?:a |my )?(?:friend|family)|friend'?s account`],
  ["grant", 3, String.raw`\bgrants?\b|stimulus|relief (?:payment|fund)`],
];

export const otherScriptRules = [
  ...compileRules("account-security", ACCOUNT_SECURITY),
  ...compileRules("delivery", DELIVERY),
  ...compileRules("other", OTHER),
];

/**
 * "other" cues under which a refund, rebate or "send it back" is the other
 * scam's lure (tax rebate, recall refund, marketplace or job overpayment,
 * compensation claim), so refund-overpayment cues are discounted.
 */
export const REFUND_LURE_OTHER_RULES: ReadonlySet<string> = new Set([
  "other.tax-authority",
  "other.recall",
  "other.marketplace",
  "other.job",
  "other.advance-fee",
  "other.grant",
]);
