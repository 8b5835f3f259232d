// Arabic event rules, PETRARCH-style: one sentence in, the expected record
// out. Verb-first clauses take their subject right after the verb, subject-
// first ones before it; prepositions (free or glued: في، بـ، على، من قبل)
// mark the roles; the possessor after a nominal trigger is its agent ("قصف
// القوات الروسية"). Names come from the tiny test dictionary
// (sitrep/testing/tiny_kb.h); the sentences are written for this test.
#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

using testing::CheckRow;
using testing::Extractor;
using testing::Row;

const Row kRows[] = {
    // Battles.
    {"اشتبك الجيش العراقي مع مسلحي تنظيم الدولة الإسلامية في الموصل.", "Armed clash", "Military Forces of Iraq", "Mosul"},
    {"دارت معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.", "Armed clash", "", "Khartoum"},
    {"الجيش العراقي يشتبك مع عناصر تنظيم الدولة الإسلامية غرب الموصل.", "Armed clash", "Military Forces of Iraq", "Mosul"},
    {"سيطرت قوات الدعم السريع على الخرطوم.", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"استعاد الجيش العراقي السيطرة على الموصل.", "Government regains territory", "Military Forces of Iraq", "Mosul"},
    // Verb-first, a subject longer than a gap of the pattern still takes;
    // a mood that "prevailed" takes nothing.
    {"سيطرت قوات الدعم السريع المدعومة بمقاتلين من القبائل العربية على الخرطوم.",
     "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"سيطرت حالة من الهلع على سكان الموصل أمس.", ""},
    {"انسحبت القوات الأوكرانية من خاركيف.", "Non-violent transfer of territory", "Military Forces of Ukraine", "Kharkiv"},
    // Explosions and remote violence.
    {"قصفت القوات الروسية أحياء سكنية في خاركيف.", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"وقصفت القوات الروسية بلدات بريف خاركيف.", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"شنت طائرات حربية غارات جوية على إدلب.", "Air/drone strike", "", "Idlib"},
    {"انفجرت عبوة ناسفة في سوق بالموصل، ما أدى إلى مقتل ثلاثة أشخاص.", "Remote explosive/landmine/IED", "", "Mosul"},
    {"فجر انتحاري نفسه داخل مسجد في الموصل.", "Suicide bomb", "", "Mosul"},
    {"أسفر قصف القوات الروسية على خاركيف عن مقتل مدنيين.", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    // Synonyms: the drone "without a pilot" (بلا طيار), the car bomb "mined"
    // (ملغومة); the suicide bomber's act as a masdar; a passive abduction with
    // its agent.
    {"أطلقت طائرة بلا طيار صاروخين على سيارة في إدلب أمس.", "Air/drone strike", "", "Idlib"},
    {"فجرت جماعة مسلحة سيارة ملغومة قرب سوق في مأرب أمس.", "Remote explosive/landmine/IED", "", "Marib"},
    {"قامت امرأة بتفجير نفسها قرب حاجز للشرطة في الموصل أمس.", "Suicide bomb", "", "Mosul"},
    {"قالت الشرطة إن الشاب كان على وشك تفجير نفسه في سوق الموصل.", ""},
    {"خطف صحفي في الموصل على يد مسلحين مجهولين أمس.", "Abduction/forced disappearance", "", "Mosul"},
    // Missiles a helicopter or a drone fired, an assault with drones: air strikes.
    {"أطلقت مروحية صواريخ على موقع للمسلحين قرب الموصل أمس.", "Air/drone strike", "", "Mosul"},
    {"هاجم مسلحون حاجزا للجيش بطائرات مسيرة قرب الخرطوم أمس.", "Air/drone strike", "", "Khartoum"},
    {"قصفت الطائرات الروسية مدينة إدلب أمس.", "Air/drone strike", "", "Idlib"},
    {"قال ناشطون إن طائرات روسية قصفت بلدات في ريف إدلب أمس.", "Air/drone strike", "", "Idlib"},
    {"أطلقت الدفاعات صواريخ مضادة للطائرات فوق الخرطوم أمس.", "Shelling/artillery/missile attack", "", "Khartoum"},
    {"قام مسلحون باغتصاب فتاة في قرية قرب غوما أمس.", "Sexual violence", "", "Goma"},
    // Violence against civilians.
    {"قتل مسلحون مجهولون خمسة قرويين قرب غوما.", "Attack", "", "Goma"},
    // Verb-first fire with the subject before it, at protesters (civilians:
    // an Attack) or at gunmen (a clash).
    {"أطلقت قوات الأمن الرصاص على متظاهرين في الخرطوم أمس.", "Attack", "State forces", "Khartoum"},
    {"أطلقت قوات الأمن النار على مسلحين هاجموا حاجزا قرب الموصل أمس.", "Armed clash", "State forces", "Mosul"},
    {"اختطف مسلحون عشرين طالبا في غوما.", "Abduction/forced disappearance", "", "Goma"},
    // Protests and riots.
    {"تظاهر آلاف الأشخاص في الخرطوم للمطالبة بإنهاء الحرب.", "Peaceful protest", "", "Khartoum"},
    {"أطلقت الشرطة الغاز المسيل للدموع على محتجين في الخرطوم.", "Protest with intervention", "", "Khartoum"},
    {"فرقت قوات الأمن مئات المحتجين بالقوة في حلب أمس.", "Protest with intervention", "", "Aleppo"},
    // Protesters in the oblique case with the article (المحتجين، المتظاهرين)
    // are known ones others acted on: alone, with no count or date, the
    // sentence tells what befell a protest it does not report.
    {"أطلقت الشرطة الغاز المسيل للدموع على المحتجين في الخرطوم.", ""},
    {"استخدمت قوات الأمن خراطيم المياه لتفريق المتظاهرين في مأرب.", ""},
    {"فرقت الشرطة المعتصمين أمام مقر الحكومة في الموصل.", ""},
    // What "they" did besides gathering (the verb's plural pronoun) is a
    // detail of a protest named before; protesters named first report one.
    {"ورددوا شعارات مناهضة للحكومة أمام البرلمان في الخرطوم.", ""},
    {"ورفعوا لافتات تطالب بوقف القصف في حلب.", ""},
    {"متظاهرون رفعوا لافتات أمام مبنى المحافظة في الموصل.", "Peaceful protest", "", "Mosul"},
    {"رشق محتجون قوات الأمن بالحجارة في الموصل.", "Violent demonstration", "", "Mosul"},
    // What the protesters of a protest already told did (definite protesters,
    // or a relative clause about them) is no new protest; protesters not yet
    // known, or the gathering itself, are one.
    {"المتظاهرون أغلقوا الجسر الرئيسي في الخرطوم.", ""},
    {"متظاهرون أغلقوا الجسر الرئيسي في الخرطوم.", "Peaceful protest", "", "Khartoum"},
    {"قال شهود إن المتظاهرين الذين احتشدوا في حلب كانوا طلابا.", ""},
    {"طوقت الشرطة المتظاهرين الذين تجمعوا أمام مبنى البلدية في الموصل.", ""},
    {"تجمع المتظاهرون أمام مبنى المحافظة في مأرب.", "Peaceful protest", "", "Marib"},
    // The abducted, the strikers, the sitters-in named with the article are
    // people the reader knows of; without it they report the act.
    {"تحدث المخطوفون إلى الصحفيين بعد الإفراج عنهم في مأرب.", ""},
    {"زار الوزير المعتصمين أمام البرلمان في الخرطوم.", ""},
    // Idioms: control of a fire, a scandal that "exploded", who pretended.
    {"تمكن رجال الإطفاء من السيطرة على الحريق في سوق الموصل أمس.", ""},
    {"انفجرت فضيحة جديدة في وزارة المالية في الخرطوم أمس.", ""},
    {"دخل مسلح مستشفى مأرب أمس وتظاهر بأنه طبيب.", ""},
    // Figures of speech: the spotlight "stolen", a population "explosion".
    {"خطفت الممثلة الأضواء في مهرجان الخرطوم أمس.", ""},
    {"تعاني الموصل من انفجار سكاني منذ عودة النازحين.", ""},
    // What would be, must be, is scheduled, or is one of two outcomes.
    {"قال محلل عسكري إن ضربة جوية على مأرب ستكون محدودة.", ""},
    {"بات قصف مواقع المتمردين قرب مأرب أمرا لا بد منه، بحسب مسؤول يمني.", ""},
    {"من المقرر أن ينظم الطلاب مسيرة احتجاجية في الخرطوم يوم الخميس.", ""},
    {"أعلنت نقابة المعلمين عزمها تنظيم اعتصام أمام الوزارة في الخرطوم.", ""},
    {"قالت الشرطة إنه إما قتل في غوما أو فر إلى رواندا.", ""},
    // An event a text names as known: what holds despite it, its footage and
    // the confessions about it.
    {"أفرجت الجماعة عن رهينة على الرغم من مقتل زميله في غوما.", ""},
    {"بث التلفزيون اعترافات رجال قالوا إنهم فجروا سيارة مفخخة في الموصل.", ""},
    {"عرضت قناة فضائية مشاهد من عملية اغتيال قائد ميداني في إدلب.", ""},
    {"قتل مسلحون ثلاثة قرويين قرب غوما أمس رغم الهدنة.", "Attack", "", "Goma"},
    // A sentence carried out is no attack; captives killed outside a court are.
    {"أعدم ثلاثة رجال شنقا في سجن بمدينة الموصل أمس بعد إدانتهم بالقتل.", ""},
    {"أعدم مسلحون ثلاثة قرويين رميا بالرصاص قرب غوما أمس.", "Attack", "", "Goma"},
    // Killed "in the war", with no day: a life the war took, not an event.
    {"قتل شقيقه في الحرب ولم يعد أحد من عائلته إلى حلب.", ""},
    // The same verbs told literally are events.
    {"سيطرت قوات الدعم السريع على سوق الموصل أمس.", "Non-state actor overtakes territory",
     "Rapid Support Forces", "Mosul"},
    {"انفجرت عبوة ناسفة في سوق مأرب أمس.", "Remote explosive/landmine/IED", "", "Marib"},
    {"أغلق معتصمون مدخل الوزارة في الخرطوم.", "Peaceful protest", "", "Khartoum"},
    // "قطع الطريق على" (to forestall) is an idiom, "لقطع الطريق" an aim;
    // protesters who blocked the road did block it.
    {"اتفق القادة على التهدئة لقطع الطريق على الفتنة في الخرطوم.", ""},
    {"محتجون قطعوا الطريق الرئيسي في الخرطوم.", "Peaceful protest", "", "Khartoum"},
    // An air strike by its noun; an attack told by its target or its doing
    // (came under attack, opened fire, fired rockets a few words on).
    {"نفذت القوات الروسية ضربة جوية على مستودع في إدلب.", "Air/drone strike", "Military Forces of Russia", "Idlib"},
    {"تعرضت دورية للجيش العراقي لهجوم قرب الموصل.", "Armed clash", "", "Mosul"},
    {"فتح مسلحون النار على حافلة ركاب في مأرب.", "Attack", "", "Marib"},
    {"أطلق الحوثيون فجر اليوم ثلاثة صواريخ على مأرب.", "Shelling/artillery/missile attack", "Ansar Allah", "Marib"},
    {"أطلق مجهولون أعيرة نارية على منزل صحفي في الخرطوم.", "Attack", "", "Khartoum"},
    // Abduction and hostage taking, beating; the verb فجر (detonated), never
    // the noun فجر (dawn).
    {"تعرض مهندس أجنبي للخطف على يد مسلحين في غوما.", "Abduction/forced disappearance", "", "Goma"},
    {"احتجز مسلحون عشرات الركاب رهائن في حافلة قرب غوما.", "Abduction/forced disappearance", "", "Goma"},
    {"تعرض معتقلون للضرب على يد حراس سجن في حلب.", "Attack", "", "Aleppo"},
    {"فجر المسلحون قنبلة قرب مركز للشرطة في الموصل.", "Remote explosive/landmine/IED", "", "Mosul"},
    {"وصل الوزير إلى الموصل فجر اليوم.", ""},
    {"اعتدت أن أزور أقاربي في حلب كل صيف.", ""},
    // Possible, anticipated or weighed strikes are none: "محتملة", "أي"
    // right before the trigger, "تحسبا ل", "تدرس", drills that rehearse one.
    {"تحدثت الصحف عن ضربة جوية محتملة على إدلب.", ""},
    {"أجرى الجيش مناورات تحسبا لأي ضربة جوية على الخرطوم.", ""},
    {"قال الوزير إن أي هجوم على مأرب سيواجه برد حاسم.", ""},
    {"تدرس الحكومة شن ضربات جوية على مواقع المتمردين قرب غوما.", ""},
    // Protests told by their organizer, their outbreak or their setting off.
    {"فرقت الشرطة مظاهرة نظمها طلاب في الخرطوم.", "Protest with intervention", "", "Khartoum"},
    // Police a report names without their country are the generic police.
    {"اعتقلت الشرطة ثلاثة مشتبه بهم في الموصل يوم الاثنين.", "Arrests", "Police", "Mosul"},
    {"اندلعت في الموصل مظاهرات ضد انقطاع الكهرباء.", "Peaceful protest", "", "Mosul"},
    {"خرجت أمس مظاهرة في حلب تطالب بالإفراج عن المعتقلين.", "Peaceful protest", "", "Aleppo"},
    {"يعتصم مئات العمال أمام مقر الشركة في مأرب.", "Peaceful protest", "", "Marib"},
    // Strategic developments.
    {"اعتقلت الشرطة ثلاثة مشتبه بهم في الموصل.", "Arrests", "", "Mosul"},
    // A bomb found or defused did not go off.
    {"عثرت الشرطة على عبوة ناسفة في سوق بالموصل.", "Disrupted weapons use", "", "Mosul"},
    {"فكك خبراء المتفجرات عبوة ناسفة قرب غوما.", "Disrupted weapons use", "", "Goma"},
    // Shells seized or drones shot down were not fired.
    {"ضبطت الشرطة عشرين قذيفة هاون في مخزن بالموصل.", "Disrupted weapons use", "", "Mosul"},
    {"أسقط الحوثيون طائرة بدون طيار فوق مأرب.", "Disrupted weapons use", "", "Marib"},
    // A weapon noun is an event only when its clause tells its use: handed
    // over, built or owned, it is none; fallen or killing, it is one.
    {"سلم مقاتلون قبليون مئة قذيفة هاون إلى الجيش في مأرب.", ""},
    {"تنتج ورشة في حلب طائرات مسيرة رخيصة.", ""},
    {"يملك الجيش السوداني طائرات حربية قديمة في الخرطوم.", ""},
    {"سقطت قذيفة هاون على سوق في الخرطوم.", "Shelling/artillery/missile attack", "", "Khartoum"},
    {"قتلت طائرة مسيرة ثلاثة مقاتلين قرب مأرب.", "Air/drone strike", "", "Marib"},
    {"انفجرت سيارة مفخخة قرب حاجز للجيش العراقي في الموصل.", "Remote explosive/landmine/IED", "", "Mosul"},
    // A suicide attack, like a weapon, is reported by its doing or its toll;
    // counted, planned or recalled without them it is none.
    {"وهذا ثالث هجوم انتحاري في الموصل هذا الشهر.", ""},
    {"حققت النيابة مع انتحاري سابق في مأرب.", ""},
    {"قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في الموصل.", "Suicide bomb", "", "Mosul"},
    {"وقع هجوم انتحاري قرب حاجز للجيش السوداني في الخرطوم.", "Suicide bomb", "", "Khartoum"},
    // A passive with its agent after من قبل.
    {"تمت السيطرة على الخرطوم من قبل قوات الدعم السريع.", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    // Whoever says it did not do it (the speaker right after a verb-first cue).
    {"قال الجيش السوداني إن غارة جوية أصابت سوقا في الخرطوم.", "Air/drone strike", "Unidentified armed group",
     "Khartoum"},
    // No event: negation, irrealis, ordinary news, a figurative trigger.
    {"لم تقصف القوات الروسية خاركيف.", ""},
    {"قد يهاجم الحوثيون مأرب الأسبوع المقبل.", ""},
    // No event: what someone prepared, plotted or recruited for.
    {"تستعد قوات الدعم السريع لشن هجوم مسلح على الخرطوم.", ""},
    {"جند الحوثيون شبانا لتنفيذ هجمات مسلحة في مأرب.", ""},
    {"كشفت الشرطة عن مخطط لتفجير سيارة مفخخة في الموصل.", ""},
    {"افتتح سوق جديد في حلب.", ""},
    {"احتل الفريق المركز الأول في البطولة.", ""},
    // No new event: a reaction to one, a period's toll, an accident.
    {"أدانت الحكومة القصف على إدلب.", ""},
    {"منذ بداية الحرب قتل آلاف المدنيين في الخرطوم.", ""},
    {"انفجرت أسطوانة غاز في مطعم بالموصل.", ""},
    // No new event: a relative clause recalls what befell the one it
    // describes; the main clause's event stays.
    {"زار الوزير عائلة الضابط الذي قتل في الموصل.", ""},
    {"تحدث الصحفي الذي خطفه الحوثيون قرب مأرب إلى رويترز.", ""},
    {"قصفت القوات الروسية خاركيف التي اقتحمتها قبل ذلك.", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    // No event: the verbal noun قتل names a kind of act (a murder charge,
    // acts of killing, a call to kill); the verb reports one.
    {"وجهت النيابة في الخرطوم تهمة قتل إلى ضابط سابق.", ""},
    {"دعا القائد أتباعه في مأرب إلى قتل الجنود.", ""},
    {"ندد ناشطون بأعمال قتل المدنيين في غوما.", ""},
    {"قتل خمسة قرويين في هجوم لمسلحين قرب غوما.", "Attack", "", "Goma"},
    // No new event: an accusation names a killing told before; a reaction
    // names what it answers.
    {"تتهم المعارضة الميليشيا بقتل عشرات المدنيين في غوما.", ""},
    {"يتهم السكان الجيش بقصف قراهم قرب الموصل.", ""},
    {"قال الوزير إن الحملة جاءت ردة فعل على إطلاق صواريخ على مأرب.", ""},
    // No event: a likelihood weighed, an order given, a future outcome
    // foretold (the future prefix سـ on its verb).
    {"رجح مسؤولون توجيه ضربات جوية على مواقع المسلحين قرب الموصل.", ""},
    {"أصدر القائد أوامر بإطلاق النار على المحتجين في الخرطوم.", ""},
    {"قال الوزير إن الحملة ستؤدي إلى مقتل مئات المدنيين في حلب.", ""},
    // "فيما بعد" (later) is no "after X"; a body named by what it fights
    // (counter-terrorism forces) weighs no act; riot police are no riot.
    {"قال مسؤول إن مسلحين خطفوا فيما بعد ثلاثة موظفين في الموصل.", "Abduction/forced disappearance", "", "Mosul"},
    {"قال ضابط في قوات مكافحة الإرهاب إن طائرات حربية شنت غارات جوية على مواقع المسلحين قرب الموصل.", "Air/drone strike", "", "Mosul"},
    {"انتشرت قوات مكافحة الشغب في شوارع الخرطوم.", ""},
    {"قال الجيش إن متمردين هاجموا قرية قرب غوما وأحرقوا منازلها.", "Attack", "", "Goma"},
    // No event: the future prefix سـ on the verb that carries the trigger.
    {"قال مسؤول إن المنطقة سيتم قصفها بالمدفعية قرب غوما.", ""},
    {"قال قائد عسكري إن الطائرات ستنفذ غارات جوية على مواقع المسلحين قرب الموصل.", ""},
    // No event: "in case" sets a condition; a state one is in ("في حالة تأهب":
    // on alert) sets none.
    {"في حال قصفت الطائرات مواقع الجيش قرب حلب فإن الجيش يرد بقوة.", ""},
    {"وكانت المدينة في حالة تأهب حين سقطت قذائف هاون على حي سكني في حلب.", "Shelling/artillery/missile attack", "",
     "Aleppo"},
    // No event: the imperfect tells what is done habitually, not what was.
    {"يقتل المسلحون كل من يعارضهم في غوما.", ""},
    // Kinds of violence listed by their verbal nouns name no event, unless
    // the sentence counts or dates it.
    {"تشهد ضواحي الموصل حالات خطف وتعذيب وقتل على أيدي عصابات مسلحة.", ""},
    {"تحدث التقرير عن موجة اعتقال وقتل لناشطين في الخرطوم.", ""},
    {"خطف مسلحون وقتلوا خمسة تجار قرب إدلب أمس.", "Abduction/forced disappearance", "", "Idlib"},
    // A kind of violence with a pronoun suffix after another and its object is
    // the same list ("تعذيب المعتقلين وقتلهم": their killing); after a verb it
    // is a verb ("وقتلهم": and killed them).
    {"وتحدث ناشطون عن تعذيب المعتقلين وقتلهم في سجون حلب.", ""},
    {"أصاب صاروخ السيارة قرب إدلب وقتلهم جميعا.", "Attack", "", "Idlib"},
    // "No casualties" negates the toll, not the blast or the shelling.
    {"انفجرت عبوة ناسفة قرب دورية في الموصل أمس دون وقوع إصابات.", "Remote explosive/landmine/IED", "", "Mosul"},
    {"سقطت قذائف هاون على حي سكني في حلب أمس ولم تسفر عن ضحايا.", "Shelling/artillery/missile attack", "", "Aleppo"},
    // What known protesters did, told by the verb's plural pronoun alone
    // ("ورشقوا": and they threw), is a detail of a protest told before.
    {"ورشقوا قوات الأمن بالحجارة في الخرطوم.", ""},
    {"وقطعوا الطريق الرئيسي قرب غوما.", ""},
    // ...and so is their sit-in or march, named with a possessive pronoun.
    {"وواصلوا اعتصامهم أمام مقر الحكومة في الخرطوم.", ""},
    {"ودعا المنظمون في نهاية مسيرتهم في حلب إلى الهدوء.", ""},
    {"نظم مئات العمال اعتصاما أمام وزارة النفط في الخرطوم.", "Peaceful protest", "", "Khartoum"},
};

class ArabicTableTest : public ::testing::TestWithParam<Row> {};

TEST_P(ArabicTableTest, SentenceGivesExpectedRecord) { CheckRow(GetParam(), "ar"); }

INSTANTIATE_TEST_SUITE_P(Rows, ArabicTableTest, ::testing::ValuesIn(kRows));

// The protest a report tells first keeps the record that its dispersal, told
// next with the protesters it already named, joins.
TEST(ArabicProtestTest, ADispersalJoinsTheProtestToldBefore) {
  auto doc = sitrep::testing::MakeDocument(
      "تظاهر مئات الطلاب في الخرطوم يوم الاثنين للمطالبة بوقف الحرب. "
      "واستخدمت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.",
      "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
  ASSERT_TRUE(doc.events[0].place.has_value());
  EXPECT_EQ(doc.events[0].place->name, "Khartoum");
}

// What a protest is against is an event the reader knows, not a new one.
TEST(ArabicProtestTest, WhatAProtestIsAgainstIsNoNewEvent) {
  auto doc = sitrep::testing::MakeDocument(
      "تظاهر مئات الطلاب في الخرطوم أمس احتجاجا على غارات جوية استهدفت مدينة الموصل.", "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Protests");
}

// A number word is exact ("ثلاثة": three) unless it is a vague quantity
// ("عشرات": dozens, coded as ACLED codes it), which stays approximate.
TEST(ArabicCountsTest, NumberWordsAreExactUnlessVague) {
  for (const auto& [text, value, approx] : std::vector<std::tuple<std::string, long, bool>>{
           {"قتل ثلاثة جنود في هجوم على حاجز قرب الموصل أمس.", 3, false},
           {"قتل جنديان في هجوم على حاجز قرب إدلب أمس.", 2, false},
           {"قتل عشرات المدنيين في قصف على الفاشر أمس.", 12, true},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, "ar");
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_FALSE(doc.events[0].counts.empty()) << text;
    EXPECT_EQ(doc.events[0].counts[0].value, value) << text;
    EXPECT_EQ(doc.events[0].counts[0].approx, approx) << text;
  }
}

// Media and ministries named by their kind are the sources of a report, and
// "وفق" without its tanwin attributes as "وفقا" does.
TEST(ArabicClaimsTest, MediaMinistriesAndVafq) {
  for (const auto& [text, source] : std::vector<std::pair<std::string, std::string>>{
           {"شنت طائرات غارات جوية على مأرب فجر الثلاثاء، بحسب قناة محلية.", "television"},
           {"قتل خمسة مدنيين في قصف على غوما أمس، وفق ما أفادت وزارة الصحة.", "health ministry"},
           {"قصفت القوات الروسية خاركيف أمس، وفق مصادر محلية.", "local sources"},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, "ar");
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_FALSE(doc.events[0].claims.empty()) << text;
    EXPECT_EQ(doc.events[0].claims[0].source.name, source) << text;
  }
}

// A denial's "that it be" (أن تكون) is no supposition: the denied event stays,
// negated, with the denial as its claim.
TEST(ArabicClaimsTest, ADeniedEventStaysWithItsDenial) {
  auto doc = sitrep::testing::MakeDocument(
      "نفى الجيش السوداني أن تكون طائراته قد قصفت سوقا في الخرطوم أمس.", "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_FALSE(doc.events[0].claims.empty());
  EXPECT_EQ(doc.events[0].claims[0].stance, document::Stance::kDenies);
}

// "لا صحة" (there is no truth in) denies what follows, as نفى does: the event
// stays, with the denial.
TEST(ArabicClaimsTest, NoTruthInTheReportsIsADenial) {
  auto doc = sitrep::testing::MakeDocument(
      "وقال مسؤول إنه لا صحة للأنباء عن قصف القوات الروسية لمدينة خاركيف أمس.", "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  const auto& claims = doc.events[0].claims;
  EXPECT_TRUE(std::any_of(claims.begin(), claims.end(),
                          [](const auto& c) { return c.stance == document::Stance::kDenies; }));
}

// A country right after a forces or weapon noun in the construct state stands
// for its forces ("قوات العراق", "طائرات سوريا"; national_forces.tsv). The
// tiny kb's countries carry no ISO code: the test gives them theirs.
TEST(ArabicNationalForcesTest, ACountryAfterAForcesNounIsItsForces) {
  for (const auto& [text, code, actor] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"اشتبكت قوات العراق مع مسلحين قرب الموصل أمس.", "IQ", "Military Forces of Iraq"},
           {"قصفت طائرات سوريا بلدات قرب إدلب أمس.", "SY", "Military Forces of Syria"},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, "ar");
    for (auto& m : doc.mentions)
      if (m.kind == document::MentionKind::kCountry && m.entity) m.entity->country = code;
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].actor1.has_value()) << text;
    EXPECT_EQ(doc.events[0].actor1->name, actor) << text;
  }
}

// A country right after a verb of state violence is its subject (verb first:
// "قصفت سوريا ...", "شن العراق غارات", "نفذ العراق غارات"): national_forces.tsv lists the verbs as
// weapon words, so the country is its military and the verb stays the trigger.
// A country that only reports stays no actor.
TEST(ArabicNationalForcesTest, ACountryThatShellsIsItsMilitary) {
  for (const auto& [text, code, actor] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"قصفت سوريا مواقع للمعارضة قرب إدلب أمس.", "SY", "Military Forces of Syria"},
           {"شن العراق غارات على مخابئ لداعش قرب الموصل يوم الأحد.", "IQ", "Military Forces of Iraq"},
           {"واستهدفت سوريا قافلة قرب إدلب بطائرة مسيرة أمس.", "SY", "Military Forces of Syria"},
           {"نفذ العراق غارات على مواقع لداعش قرب الموصل أمس.", "IQ", "Military Forces of Iraq"},
           {"قال العراق إن مسلحين قصفوا سوقا في الموصل يوم الاثنين.", "IQ", "-"},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, "ar");
    for (auto& m : doc.mentions)
      if (m.kind == document::MentionKind::kCountry && m.entity) m.entity->country = code;
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << text;
    const std::string got = doc.events[0].actor1 ? doc.events[0].actor1->name : "-";
    if (std::string(actor) == "-")
      EXPECT_EQ(got.find("Military Forces"), std::string::npos) << text;
    else
      EXPECT_EQ(got, actor) << text;
  }
}

// Known protesters who threw stones join the protest told before: one record.
TEST(ArabicProtestTest, WhatTheyThrewJoinsTheProtestToldBefore) {
  auto doc = sitrep::testing::MakeDocument(
      "تظاهر مئات الطلاب في الخرطوم يوم الاثنين. ورشقوا قوات الأمن بالحجارة.", "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
}

TEST(ArabicProtestTest, WhatTheyChantedJoinsTheProtestToldBefore) {
  auto doc = sitrep::testing::MakeDocument(
      "تظاهر آلاف الأشخاص في حلب يوم الجمعة. ورددوا شعارات تطالب برحيل الحكومة.", "ar");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Peaceful protest");
}

// A country as the agent of a passive ("من قبل", "على يد") stands for its
// forces when a verb or noun of state violence stands right before the marker
// ("لقصف من قبل سوريا", "بغارات من قبل العراق"; PassiveWeapon); a country
// that arrests stays no military.
TEST(ArabicNationalForcesTest, ACountryAsPassiveAgentIsItsMilitary) {
  for (const auto& [text, code, actor] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"تعرضت بلدات قرب إدلب لقصف من قبل سوريا أمس.", "SY", "Military Forces of Syria"},
           {"استهدفت قافلة قرب الموصل بغارات من قبل العراق يوم الأحد.", "IQ", "Military Forces of Iraq"},
           {"قتل ثلاثة مدنيين في قصف على يد سوريا قرب إدلب أمس.", "SY", "Military Forces of Syria"},
           {"اعتقل ثلاثة رجال قرب الموصل من قبل العراق يوم الاثنين.", "IQ", "-"},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, "ar");
    for (auto& m : doc.mentions)
      if (m.kind == document::MentionKind::kCountry && m.entity) m.entity->country = code;
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << text;
    const std::string got = doc.events[0].actor1 ? doc.events[0].actor1->name : "-";
    if (std::string(actor) == "-")
      EXPECT_EQ(got.find("Military Forces"), std::string::npos) << text << ": " << got;
    else
      EXPECT_EQ(got, actor) << text << ": " << got;
  }
}

}  // namespace
}  // namespace sitrep::events
