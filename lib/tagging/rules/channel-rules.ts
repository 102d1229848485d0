import { compileRules, type RuleRow } from "./rule";
import { PRESS_KEY } from "./common";
import type { Channel } from "../labels";

/**
 * How the scammer first reached the victim. Cues that only describe the
 * victim's own follow-up ("I called the number") are deliberately absent.
 */
const ROWS: Partial<Record<Channel, RuleRow[]>> = {
  "automated-call": [
    ["automated", 5, String.raw`automated\b|recording\b|\bbot\b|ai voice|machine voice|computer generated|(?:recorded|pre_?recorded|computeri[sz]ed|computer|robotic|robot) (?:message|voice|call)|robo_?calls?|the robot|a robot|\bivr\b`],
    ["press-key", 4, PRESS_KEY],
    ["robocall-script", 3, String.raw`this (?:call|message) is (?:regarding|about|from|to inform)|this is an? (?:important |automated )?(?:message|call) from|(?:to speak|speak) (?:to|with) (?:an? )?(?:agent|advisor|adviser|representative|operator) press`],
  ],
  voicemail: [
    ["voicemail", 6, String.raw`voice_?mails?|voice (?:message|note|msg)|left (?:me |her |him |us )?(?:a |an )?(?:message|msg|voicemail)|answer_?phone|answering (?:machine|service)`],
  ],
  "phone-call": [
    ["call-received", 3, String.raw`(?:got|had|received|receive|getting|answered|took|picked up) (?:a |an |the |two |several |multiple |some |loads of |lots of )?(?:phone |telephone |cold |strange |weird |scam |spoof |fake |suspicious |few )?calls?\b|phone_?calls?|tele_?phone|cold_?call\w*|(?:called|rang|phoned|ringing|calling|rung) (?:me|my|us|her|him|them|mum|dad|ip)\b|(?:he|she|they|someone|somebody|man|woman|lady|guy|bloke|caller|scammer|suspect|male|female|person|people|gentleman|amazon|microsoft|apple|bank|support|service|team|department|security|company|agent|advisor|adviser|officer) (?:who )?(?:called|rang|phoned|rung)\b|(?:it was|this is) [a-z]+(?: [a-z]+)? calling|calling (?:from|about|regarding|to say|on behalf)|phoned (?:and|me|to|saying|about|claiming|asking)|(?<=\d )calls\b|calls (?:today|every|all day|again|this week)|(?<!\bi )rang\b(?! (?:the|them|back|my bank|him|her|it|their))|(?:courier|driver|delivery man|engineer|officer|agent|lady|man|woman|he|she|they|someone) (?:rang|called|phoned)|(?:rang|called|phoned) (?:about|regarding|to say|asking|to ask|and asked|saying|and said|claiming)|(?:on|during|in) (?:a|the) (?:phone )?call\b|\bcaller\b|calls? (?:from|claiming|saying|purporting|about|regarding|re\b)|on the phone|over the phone|(?:phoned|rang|called) (?:saying|claiming|to say|pretending|purporting|and said)|(?:the )?call (?:said|stated|claimed|saying)|(?:spoof|scam|fake|weird) call|the call\b|called by`],
    // Hanging up or caller ID only happen on a call.
    ["call-implied", 2, String.raw`(?:phone|mobile|landline) rang|call came|hung up|hang up|put the phone down|answered the phone|on the line|(?:number|caller_?id) (?:looked like|showed|came up|displayed|was the same)`],
  ],
  sms: [
    // "the code they texted me" is about a code, not how contact was made.
    ["text", 4, String.raw`(?:texts?|text messages?|texted)\b(?! (?:of|box|field))`, { notBefore: String.raw`code<3>` }],
    ["sms", 4, String.raw`\btxts?\b|\bsms\b|imessage|\bmsg from|(?:reply|replied|respond) (?:yes|no|y|n|stop|with)\b`],
  ],
  email: [
    ["email", 4, String.raw`(?:email|e-mail|e mail)s?\b(?! (?:password|address|account|and password))|(?:emailed|e-mailed)|inbox|junk (?:mail|folder)|spam folder|subject line|subject:`],
  ],
  "social-media": [
    ["social", 4, String.raw`facebook|\bfb\b|messenger|instagram|\binsta\b|whats_?app|tik_?tok|twitter|snapchat|telegram|linked_?in|social media|dating (?:app|site)|tinder|hinge|bumble|vinted|depop|gumtree|marketplace|\bdm\b|direct message|wechat|viber|discord`],
  ],
  website: [
    ["website", 3, String.raw`(?:screen|browser|computer|laptop) (?:went|turned|froze|locked up|showed a|displayed a)|warning (?:on|popped up on) (?:my|the) (?:screen|computer|laptop)|pop_?-?ups?\b|popped up on (?:my|the) (?:screen|computer|laptop)|(?:web_?site|site|web page|webpage) (?:said|showed|displayed|took|claimed)|(?:a |an )?(?:online |google )?(?:ad|advert|advertisement) (?:on|for)\b(?! (?:facebook|instagram|tiktok|youtube|twitter|linkedin|snapchat))|(?:from|on|through|via) (?:a|the|this|their) (?:web_?site|site|online shop)\b|search (?:result|engine)|(?:googled|searched|looked up)<4>(?:number|website|site|helpline)|browser|on (?:my|the) screen said|(?:fake|scam|cloned) (?:web_?site|site|shop)`],
  ],
  "in-person": [
    ["in-person", 5, String.raw`knock\w*<3>door|knocked\b|(?:came|turned up|showed up|visited|appeared) (?:to |at |round to |round )?(?:the |my |her |his |our )(?:door|house|home|flat|address)|(?:came|turned up|appeared|knocked)<3>door_?step|door_?step (?:caller|crime|seller|trader)|in person|face to face|at (?:the|my|her|his) door\b`],
  ],
};

export const channelRules = (Object.keys(ROWS) as Channel[]).flatMap((channel) => compileRules(channel, ROWS[channel] ?? []));
