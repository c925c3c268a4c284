/**
 * Synonyms for FAQ search, as data: Gulf-dialect words mapped to the formal words the content uses,
 * and small groups of words that mean the same thing in this domain (Arabic and English).
 *
 * Policy: synonyms only ever widen a query, at a lower weight than the words typed, so a synonym
 * can bring an answer into the list but never outrank an answer that uses the visitor's own words.
 * The "what" words (وش, ايش, شنو → ماذا) are deliberately absent: they are stop words (see stem.ts)
 * because almost every question contains one.
 */

/**
 * One rule. `dialect`: any of `from` (as typed by visitors) also searches every word of `to`.
 * `concept`: every member searches every other member. Entries may be phrases ("sign up",
 * "حساب بنكي"); they are normalised and stemmed when the index is built, so write them naturally.
 */
export type SynonymRule = (
  | { readonly kind: 'dialect'; readonly from: readonly string[]; readonly to: readonly string[] }
  | { readonly kind: 'concept'; readonly words: readonly string[] }
) & {
  /** What the words mean, for whoever maintains the table (required: a rule nobody can explain
   * cannot be reviewed). */
  readonly meaning: string;
};

function dialect(meaning: string, from: readonly string[], to: readonly string[]): SynonymRule {
  return { kind: 'dialect', from, to, meaning };
}

function concept(meaning: string, ...words: readonly string[]): SynonymRule {
  return { kind: 'concept', words, meaning };
}

/** The shipped synonym table. Order does not matter; a word may appear in several rules. */
export const synonymRules: readonly SynonymRule[] = [
  // --- Gulf and Qatifi dialect → the formal words the content uses ------------------------------
  dialect(
    'why (Gulf «ليش», Qatifi «لويش»)',
    ['ليش', 'ليه', 'لويش', 'علشان', 'عشان'],
    ['لماذا', 'سبب'],
  ),
  dialect('money, cash', ['فلوس', 'الفلوس', 'بيزات', 'مصاري', 'دراهم'], ['مبلغ', 'مال']),
  dialect(
    'it is paid / it arrives («ينزل الضمان» = the pension is paid)',
    [
      'ينزل',
      'نزل',
      'تنزل',
      'نزلت',
      'ينزلون',
      'نزول',
      'يجي',
      'جاني',
      'يوصل',
      'وصلني',
      'يحطون',
      'حطوا',
    ],
    ['صرف', 'إيداع', 'يصرف'],
  ),
  dialect(
    'the monthly pension (people say salary for it)',
    ['الراتب', 'راتب', 'المعاش', 'معاش', 'المخصص'],
    ['مبلغ', 'الضمان'],
  ),
  dialect(
    'how much (كم also asks how long: see intent.ts)',
    ['كم', 'بكم', 'قديش'],
    ['مقدار', 'مبلغ'],
  ),
  dialect('where', ['وين', 'فين'], ['أين', 'مكان', 'عنوان']),
  dialect(
    'to do («وش اسوي» = what do I do)',
    ['اسوي', 'أسوي', 'سوي', 'نسوي', 'يسوي'],
    ['أعمل', 'أفعل', 'إجراء'],
  ),
  dialect(
    'can I / am I allowed',
    ['اقدر', 'أقدر', 'نقدر', 'يقدر', 'تقدر', 'يصير', 'ينفع'],
    ['أستطيع', 'يمكن', 'يحق'],
  ),
  dialect('is not (negation)', ['مو', 'مب', 'ماهو', 'موب', 'مهوب'], ['غير', 'ليس']),
  dialect(
    'children',
    ['عيال', 'عيالي', 'ورعان', 'بزران', 'اطفالي', 'جهال'],
    ['أبناء', 'أطفال', 'أولاد'],
  ),
  dialect(
    'my son, my daughter',
    ['ولدي', 'ابني', 'بنتي', 'بنيتي'],
    ['ابن', 'ابنة', 'تابع', 'أبناء'],
  ),
  dialect('wife, woman', ['حرمة', 'حرمتي', 'مرتي', 'اهلي'], ['زوجة', 'امرأة']),
  dialect('my husband (Gulf «رجلي», «ريلي»)', ['رجلي', 'ريلي', 'زوجي', 'رجلها'], ['زوج']),
  dialect('my father', ['ابوي', 'أبوي', 'ابوى', 'الوالد'], ['أب', 'والد', 'والدي']),
  dialect('my mother', ['امي', 'أمي', 'يمه', 'امايه', 'الوالده'], ['أم', 'والدة', 'والدي']),
  dialect(
    'old, elderly',
    ['شايب', 'شيبه', 'عجوز', 'كبير السن', 'كبيره بالسن'],
    ['مسن', 'كبار السن', 'والدي'],
  ),
  dialect(
    'it stopped («وقفوا الضمان» = they stopped my pension)',
    ['وقفوا', 'وقف', 'يوقف', 'وقفت', 'انقطع', 'قطعوا', 'انوقف', 'انقطعت'],
    ['إيقاف', 'توقف', 'وقف'],
  ),
  dialect('wrong, a mistake', ['غلط', 'غلطان'], ['خاطئة', 'خطأ', 'غير صحيحة']),
  dialect('outside (the Kingdom)', ['بره', 'برا', 'برة'], ['خارج']),
  dialect('lives (somewhere)', ['ساكن', 'ساكنه', 'عايش', 'عايشة', 'قاعد'], ['يسكن', 'يقيم', 'سكن']),
  dialect('house, home', ['بيت', 'بيتي', 'البيت'], ['منزل', 'مسكن']),
  dialect('another, other', ['ثاني', 'ثانيه', 'غير'], ['آخر']),
  dialect('on my own', ['لحالي', 'بروحي', 'لوحدي', 'وحدي'], ['مستقل', 'بمفرده']),
  dialect(
    'got a job / works («توظف ولدي» = my son got a job: his income changes the file)',
    ['اشتغل', 'شغل', 'دوام', 'اداوم', 'توظف', 'توظفت', 'تعين', 'وظفوه'],
    ['عمل', 'وظيفة', 'موظف', 'دخل', 'تحديث'],
  ),
  dialect('unemployed', ['عاطل', 'بطال', 'بطالة', 'قاعد بالبيت'], ['عاطل', 'عمل', 'وظيفة']),
  dialect('to talk to someone', ['اكلم', 'أكلم', 'اكلمه', 'اسولف'], ['أتحدث', 'تواصل']),
  dialect('phone', ['جوال', 'تلفون', 'تليفون', 'موبايل'], ['هاتف', 'رقم', 'اتصال']),
  dialect('true, real', ['صح', 'صدق', 'حقيقي'], ['صحيح', 'صحة']),
  dialect('rumour, hearsay', ['اشاعة', 'إشاعة', 'اشاعات', 'سوالف', 'يقولون'], ['شائعة', 'شائعات']),
  dialect(
    'a one-off royal grant (Ramadan, Eid)',
    ['عيدية', 'مكرمة', 'المكرمة', 'هدية', 'منحه'],
    ['منحة', 'مكرمة ملكية'],
  ),
  dialect('a loan', ['سلفة', 'قرض', 'سلف'], ['تمويل', 'قرض']),
  dialect('a stall or site in a market', ['بسطة', 'بسطات', 'كشك', 'دكان'], ['موقع', 'محل', 'سوق']),
  dialect(
    'IBAN, bank account',
    ['ايبان', 'آيبان', 'الايبان', 'الآيبان', 'الحساب البنكي'],
    ['آيبان', 'iban', 'حساب بنكي'],
  ),
  dialect('results', ['نتايج', 'النتيجة'], ['نتائج']),
  dialect('who («مين يستحق» = who is entitled)', ['مين', 'منو', 'منهو'], ['من يستحق']),
  dialect('a right to («له حق» = is entitled)', ['حق', 'حقي', 'حقه'], ['يحق', 'استحقاق']),
  dialect(
    'they give («كم يعطون» = how much do they pay)',
    ['يعطون', 'يعطوني', 'بيعطوني', 'يعطوننا', 'عطوني'],
    ['مبلغ', 'صرف'],
  ),
  dialect(
    'accepted («مقبول ولا لا» = am I eligible or not)',
    ['مقبول', 'مقبوله', 'انقبلت', 'قبلوني', 'قبلوا'],
    ['أهلية', 'مستحق', 'حالة'],
  ),
  dialect(
    'taking long, no answer yet («للحين ما ردوا» = still no reply)',
    ['مطول', 'تاخر', 'متاخر', 'ردوا', 'انرد', 'يردون', 'للحين'],
    ['مدة', 'دراسة', 'يرد'],
  ),
  dialect(
    'not enough («راتبي ما يكفي» = my salary is too low)',
    ['يكفي', 'يكفيني', 'ضعيف', 'بسيط'],
    ['قليل', 'منخفض'],
  ),
  dialect(
    'broken, not working (a phone, an app: «نفاذ ما يشتغل»)',
    ['ما يشتغل', 'مايشتغل', 'خربان', 'معطل', 'عطلان', 'يعلق', 'ما يفتح', 'ما يفتح معي'],
    ['مشكلة', 'خطأ', 'دخول'],
  ),
  dialect('I gave / I wrote (data)', ['عطيتهم', 'عطيت', 'كتبت'], ['قدمت', 'بيانات']),
  dialect('kept, stored (by this kiosk)', ['يحفظ', 'يسجل', 'يخزن'], ['يحفظ', 'يخزن', 'بيانات']),
  dialect('this device, the screen', ['الجهاز', 'جهاز', 'الشاشة'], ['الجهاز', 'كشك']),
  dialect('like this (Qatifi «جذي», Gulf «كذا»)', ['جذي', 'كذا', 'جذيه'], ['هكذا']),
  dialect(
    'does it apply to me = am I entitled',
    ['ينطبق', 'تنطبق', 'ينطبق علي', 'تنطبق علي', 'يشملني', 'يشملنا'],
    ['أستحق', 'استحقاق', 'شروط'],
  ),
  dialect(
    'Absher, the Interior Ministry platform people use to activate Nafath and log in',
    ['ابشر', 'أبشر', 'absher', 'abshir'],
    ['نفاذ', 'تسجيل الدخول'],
  ),
  dialect(
    'a trip («طلعة», «زيارة» = a visit abroad)',
    ['طلعة', 'طلعه', 'زيارة', 'رحلة', 'سفره'],
    ['سفر', 'خارج'],
  ),
  dialect(
    'selling online or from home: freelance work and income',
    [
      'انستا',
      'انستقرام',
      'سناب',
      'سناب شات',
      'تيك توك',
      'ابيع',
      'أبيع',
      'نبيع',
      'بيع',
      'مشروع منزلي',
    ],
    ['عمل حر', 'دخل', 'أسر منتجة'],
  ),
  dialect(
    'the bank of social development (people say «بنك التسليف»)',
    ['التسليف', 'بنك التسليف'],
    ['بنك التنمية الاجتماعية', 'تمويل'],
  ),
  dialect(
    '«الدعم» in speech: social security or the Citizen Account',
    ['الدعم', 'دعم'],
    ['الضمان', 'حساب المواطن'],
  ),
  dialect('Citizen Account', ['حساب المواطن', 'المواطن', 'citizen account'], ['حساب المواطن']),
  dialect(
    'a newborn («ولدت» = I gave birth)',
    ['مولود', 'مولوده', 'ولدت', 'جابت', 'بيبي', 'طفل جديد'],
    ['مولود', 'إضافة', 'تابع'],
  ),
  dialect('got married', ['تزوج', 'تزوجت', 'عرس', 'ملكه'], ['زواج', 'حذف', 'تابع']),
  dialect(
    'passed away',
    ['توفي', 'توفى', 'مات', 'ماتت', 'الله يرحمه', 'المرحوم', 'متوفي'],
    ['وفاة'],
  ),
  dialect('divorced', ['مطلقه', 'تطلقت', 'طلقني', 'طلقها'], ['مطلقة', 'طلاق']),
  dialect(
    'prison',
    ['مسجون', 'السجن', 'سجين', 'موقوف', 'محبوس', 'انحبس', 'بالسجن'],
    ['سجن', 'غائب'],
  ),
  dialect(
    'left the family («هاجرني» = he left me)',
    ['هاجرني', 'تركني', 'مهجوره', 'شارد', 'غايب'],
    ['مهجورة', 'غائب'],
  ),
  dialect(
    'retirement, a retiree',
    ['متقاعد', 'تقاعد', 'التقاعد', 'التأمينات'],
    ['تقاعد', 'معاش تقاعدي'],
  ),
  dialect(
    'university student, stipend',
    ['طالب', 'طالبه', 'جامعه', 'مكافاه', 'المكافأة'],
    ['طالب', 'مكافأة', 'دراسة'],
  ),
  dialect('disabled', ['معاق', 'معاقه', 'اعاقه', 'ذوي الهمم'], ['إعاقة', 'ذوي الإعاقة']),
  dialect(
    'someone else on my behalf',
    ['وكاله', 'وكيل', 'عنه', 'بداله', 'بدالها'],
    ['وكالة', 'وكيل'],
  ),
  dialect(
    'repay, debt («مطالبة» = a claim to pay back)',
    ['مطالبه', 'مديونيه', 'ارجع المبلغ', 'يسترجعون'],
    ['مبالغ مستردة', 'سداد'],
  ),
  dialect(
    'housing support (Sakani)',
    ['سكني', 'اسكان', 'إسكان', 'بيت من الدولة'],
    ['سكني', 'إسكان', 'دعم'],
  ),
  dialect('electricity bill', ['الكهربا', 'كهربا', 'فاتورة الكهرب'], ['كهرباء', 'فاتورة']),
  dialect(
    'the social researcher’s visit («جونا» = they came to us)',
    ['باحث', 'الباحثه', 'جونا', 'يزورونا', 'بيزورونا', 'زارونا', 'يزورون', 'زيارة ميدانية'],
    ['زيارة', 'باحث اجتماعي'],
  ),
  dialect(
    'no smartphone, an old phone',
    ['ابو كشاف', 'جوال قديم', 'ما عندي جوال'],
    ['جوال ذكي', 'هاتف'],
  ),
  dialect(
    'the office (in person)',
    ['المكتب', 'مكتب', 'الفرع', 'اراجع', 'مراجعه'],
    ['مكتب الضمان'],
  ),
  dialect(
    'open hours («الدوام» also means a work shift)',
    ['دوام', 'يفتح', 'يفتحون', 'مفتوح'],
    ['أوقات العمل', 'يفتح'],
  ),

  // --- Latin spellings of Arabic names ------------------------------------------------------------
  dialect(
    'the social security, typed in Latin letters',
    ['dhaman', 'daman', 'damaan', 'thaman', 'dhamaan'],
    ['الضمان', 'social security'],
  ),
  dialect(
    'Nafath, typed in Latin letters',
    ['nafath', 'nafaz', 'nafad', 'nafaath'],
    ['نفاذ', 'nafath', 'log in'],
  ),
  dialect('the platform’s address', ['sbis', 'sbis.hrsd.gov.sa', 'hrsd'], ['منصة', 'platform']),
  dialect('empowerment, typed in Latin letters', ['tamkeen', 'tamkin'], ['تمكين', 'empowerment']),
  dialect('Sakani, typed in Latin letters', ['sakani', 'sakany'], ['سكني', 'housing']),

  // --- Arabic word families a light stemmer cannot join ------------------------------------------
  concept('registering', 'تسجيل', 'سجل', 'اسجل', 'يسجل', 'التسجيل'),
  concept('applying', 'تقديم', 'قدم', 'اقدم', 'يقدم', 'التقديم', 'طلب'),
  concept('objecting to a decision', 'اعتراض', 'اعترض', 'يعترض', 'تظلم'),
  concept('updating data', 'تحديث', 'احدث', 'يحدث', 'حدث', 'تعديل', 'اعدل'),
  concept('entitlement', 'استحقاق', 'مستحق', 'استحق', 'يستحق', 'أهلية', 'مؤهل'),
  concept('travel', 'سفر', 'سافر', 'سافرت', 'اسافر', 'مسافر'),
  concept('stopping', 'إيقاف', 'توقف', 'وقف', 'ايقاف', 'انقطاع'),
  concept('checking the status', 'معرفة', 'استعلام', 'حالة'),
  concept('papers, documents', 'مستندات', 'أوراق', 'وثائق', 'اوراق'),
  concept('dependents', 'تابع', 'تابعين', 'مرافق', 'مرافقين'),
  concept('the head of household', 'رب الأسرة', 'عائل', 'معيل', 'يعول', 'اعول'),
  concept('empowerment', 'تمكين', 'تأهيل'),
  concept('one person', 'شخص', 'فرد', 'الواحد'),
  concept('how (a procedure)', 'كيف', 'طريقة', 'خطوات', 'اشلون', 'شلون'),
  concept('issuing a document', 'إصدار', 'استخراج', 'تصدر', 'يصدر'),
  dialect('to get a document issued', ['اطلع', 'أطلع', 'نطلع'], ['إصدار', 'استخراج']),
  concept('news', 'أخبار', 'خبر', 'شائعة', 'زيادة'),
  concept('staff', 'موظف', 'موظفين', 'الموظفين'),

  // --- English -----------------------------------------------------------------------------------
  concept('being paid', 'pay', 'paid', 'payment', 'deposit', 'disbursement', 'money'),
  concept(
    'registering',
    'register',
    'registration',
    'apply',
    'application',
    'sign up',
    'enroll',
    'enrol',
  ),
  concept('logging in', 'log in', 'login', 'sign in', 'nafath'),
  concept(
    'children',
    'child',
    'children',
    'kids',
    'kid',
    'son',
    'daughter',
    'dependent',
    'baby',
    'newborn',
  ),
  concept('spouse', 'wife', 'husband', 'spouse'),
  concept('stopping', 'stop', 'stopped', 'suspend', 'suspension', 'cut', 'halt'),
  concept('work', 'job', 'work', 'employment', 'employed'),
  concept('no work', 'unemployed', 'jobless', 'no job'),
  concept('a loan', 'loan', 'financing', 'funding', 'finance'),
  concept('a market place', 'stall', 'booth', 'stand', 'market', 'site'),
  concept('contacting', 'phone', 'number', 'call', 'contact', 'hotline'),
  concept('rumours', 'rumor', 'rumour', 'news', 'fake', 'true', 'twitter', 'whatsapp', 'tiktok'),
  concept('a smartphone', 'smartphone', 'smart phone', 'iphone', 'android'),
  concept('objecting', 'appeal', 'objection', 'object', 'complain'),
  concept('papers', 'document', 'documents', 'papers', 'paperwork'),
  concept('abroad', 'abroad', 'outside', 'travel', 'overseas', 'trip'),
  concept('costs', 'fee', 'cost', 'price', 'free'),
  concept('a grant', 'grant', 'bonus', 'gift'),
  concept('false information', 'lie', 'false', 'wrong', 'incorrect'),
  concept('income', 'salary', 'income', 'wage'),
  concept('women', 'woman', 'mother', 'female', 'widow', 'divorcee'),
  concept('on one’s own', 'alone', 'independent', 'own'),
  concept('results', 'results', 'result', 'outcome', 'announced'),
  concept('updating', 'update', 'modify', 'edit'),
  concept('changes', 'change', 'different', 'vary', 'varies', 'differ'),
  concept('entitlement', 'eligible', 'eligibility', 'qualify', 'entitled'),
  concept('a person to help', 'staff', 'employee', 'person', 'someone', 'human'),
  concept('non-Saudis', 'foreign', 'foreigner', 'non-saudi', 'expat'),
  concept('parents', 'parent', 'father', 'mother', 'elderly', 'old'),
  concept('repaying', 'repay', 'refund', 'debt', 'owe', 'recover'),
  concept('a death', 'died', 'death', 'passed', 'deceased'),
  concept('prison', 'prison', 'jail', 'prisoner'),
  concept('retirement', 'retired', 'retiree', 'retirement'),
  concept('disability', 'disability', 'disabled', 'handicap'),
  concept('students', 'student', 'university', 'stipend', 'studying'),
  concept('a home visit', 'visit', 'researcher', 'inspector', 'inspection'),
  concept('the office', 'office', 'branch', 'address', 'hours', 'open'),
];
