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
export type SynonymRule =
  | { readonly kind: 'dialect'; readonly from: readonly string[]; readonly to: readonly string[] }
  | { readonly kind: 'concept'; readonly words: readonly string[] };

function dialect(from: readonly string[], to: readonly string[]): SynonymRule {
  return { kind: 'dialect', from, to };
}

function concept(...words: readonly string[]): SynonymRule {
  return { kind: 'concept', words };
}

/** The shipped synonym table. Order does not matter; a word may appear in several rules. */
export const synonymRules: readonly SynonymRule[] = [
  // --- Gulf dialect → formal Arabic -------------------------------------------------------------
  dialect(['ابي', 'ابغى', 'أبغى', 'ابغي', 'بغيت', 'ودي', 'أبي'], ['أريد']),
  dialect(['ليش', 'ليه', 'لويش'], ['لماذا', 'سبب']),
  dialect(['فلوس', 'الفلوس', 'بيزات', 'مصاري'], ['مبلغ', 'مال']),
  dialect(
    ['ينزل', 'نزل', 'تنزل', 'نزلت', 'ينزلون', 'نزول', 'يجي', 'جاني', 'يوصل', 'وصلني'],
    ['صرف', 'إيداع', 'يصرف'],
  ),
  dialect(['الراتب', 'راتب', 'المعاش', 'معاش', 'المخصص'], ['مبلغ', 'الضمان']),
  dialect(['كم'], ['مقدار']),
  dialect(['وين', 'فين'], ['أين', 'مكان']),
  dialect(['اسوي', 'أسوي', 'سوي', 'نسوي', 'يسوي'], ['أعمل', 'أفعل', 'إجراء']),
  dialect(['اقدر', 'أقدر', 'نقدر', 'يقدر', 'تقدر'], ['أستطيع', 'يمكن', 'يحق']),
  dialect(['مو', 'مب', 'ماهو', 'موب'], ['غير', 'ليس']),
  dialect(['عيال', 'عيالي', 'ورعان', 'بزران', 'اطفالي'], ['أبناء', 'أطفال', 'أولاد']),
  dialect(['ولدي', 'ولدي', 'ابني', 'بنتي', 'بنيتي'], ['ابن', 'ابنة', 'تابع', 'أبناء']),
  dialect(['حرمة', 'حرمتي', 'مرتي'], ['زوجة', 'امرأة']),
  dialect(['ابوي', 'أبوي', 'ابوى'], ['أب', 'والد']),
  dialect(['امي', 'أمي', 'يمه', 'امايه'], ['أم', 'والدة']),
  dialect(['وقفوا', 'وقف', 'يوقف', 'وقفت', 'انقطع', 'قطعوا', 'انوقف'], ['إيقاف', 'توقف', 'وقف']),
  dialect(['غلط', 'غلطان'], ['خاطئة', 'خطأ', 'غير صحيحة']),
  dialect(['بره', 'برا', 'برة'], ['خارج']),
  dialect(['ساكن', 'ساكنه', 'عايش', 'عايشة', 'قاعد'], ['يسكن', 'يقيم', 'سكن']),
  dialect(['بيت', 'بيتي', 'البيت'], ['منزل', 'مسكن']),
  dialect(['ثاني', 'ثانيه', 'غير'], ['آخر']),
  dialect(['لحالي', 'بروحي', 'لوحدي', 'وحدي'], ['مستقل', 'بمفرده']),
  dialect(['اشتغل', 'شغل', 'دوام', 'اداوم'], ['عمل', 'وظيفة', 'موظف']),
  dialect(['عاطل', 'بطال', 'بطالة'], ['عاطل', 'عمل', 'وظيفة']),
  dialect(['اكلم', 'أكلم', 'اكلمه', 'اسولف'], ['أتحدث', 'تواصل']),
  dialect(['جوال', 'تلفون', 'تليفون'], ['هاتف', 'رقم', 'اتصال']),
  dialect(['صح', 'صدق', 'حقيقي'], ['صحيح', 'صحة']),
  dialect(['اشاعة', 'إشاعة', 'اشاعات', 'سوالف'], ['شائعة', 'شائعات']),
  dialect(['عيدية', 'مكرمة', 'المكرمة', 'هدية'], ['منحة', 'مكرمة ملكية']),
  dialect(['سلفة', 'قرض'], ['تمويل', 'قرض']),
  dialect(['بسطة', 'بسطات', 'كشك', 'دكان'], ['بسطة', 'محل', 'موقع', 'سوق']),
  dialect(['ايبان', 'آيبان', 'الايبان', 'الآيبان'], ['آيبان', 'iban', 'حساب بنكي']),
  dialect(['نتايج', 'النتيجة'], ['نتائج']),
  dialect(['مين', 'منو'], ['من يستحق']),
  dialect(['عطيتهم', 'عطيت', 'كتبت'], ['قدمت', 'بيانات']),
  dialect(['يحفظ', 'يسجل', 'يخزن'], ['يحفظ', 'يخزن', 'بيانات']),
  dialect(['الجهاز', 'جهاز', 'الشاشة'], ['الجهاز', 'كشك']),

  // --- Arabic word families a light stemmer cannot join ------------------------------------------
  concept('تسجيل', 'سجل', 'اسجل', 'يسجل', 'التسجيل'),
  concept('تقديم', 'قدم', 'اقدم', 'يقدم', 'التقديم', 'طلب'),
  concept('اعتراض', 'اعترض', 'يعترض', 'تظلم'),
  concept('تحديث', 'احدث', 'يحدث', 'حدث', 'تعديل', 'اعدل'),
  concept('استحقاق', 'مستحق', 'استحق', 'يستحق', 'أهلية', 'مؤهل'),
  concept('سفر', 'سافر', 'سافرت', 'اسافر', 'مسافر'),
  concept('إيقاف', 'توقف', 'وقف', 'ايقاف', 'انقطاع'),
  concept('معرفة', 'اعرف', 'استعلام', 'حالة'),
  concept('مستندات', 'أوراق', 'وثائق', 'اوراق'),
  concept('تابع', 'تابعين', 'مرافق', 'مرافقين'),
  concept('رب الأسرة', 'عائل', 'معيل', 'يعول', 'اعول'),
  concept('تمكين', 'تأهيل'),
  concept('شخص', 'فرد', 'الواحد'),
  concept('كيف', 'طريقة', 'خطوات'),
  concept('إصدار', 'استخراج', 'تصدر', 'يصدر'),
  dialect(['اطلع', 'أطلع', 'نطلع'], ['إصدار', 'استخراج']),
  concept('أخبار', 'خبر', 'شائعة', 'زيادة'),
  concept('موظف', 'موظفين', 'الموظفين'),

  // --- English -----------------------------------------------------------------------------------
  concept('pay', 'paid', 'payment', 'deposit', 'disbursement', 'money'),
  concept('register', 'registration', 'apply', 'application', 'sign up', 'enroll', 'enrol'),
  concept('log in', 'login', 'sign in', 'nafath'),
  concept('child', 'children', 'kids', 'kid', 'son', 'daughter', 'dependent'),
  concept('wife', 'husband', 'spouse'),
  concept('stop', 'stopped', 'suspend', 'suspension', 'cut', 'halt'),
  concept('job', 'work', 'employment', 'employed'),
  concept('unemployed', 'jobless', 'no job'),
  concept('loan', 'financing', 'funding', 'finance'),
  concept('stall', 'booth', 'stand', 'market'),
  concept('phone', 'number', 'call', 'contact', 'hotline'),
  concept('rumor', 'rumour', 'news', 'fake', 'true'),
  concept('appeal', 'objection', 'object', 'complain'),
  concept('document', 'documents', 'papers', 'paperwork'),
  concept('abroad', 'outside', 'travel', 'overseas'),
  concept('fee', 'cost', 'price', 'free'),
  concept('grant', 'bonus', 'gift'),
  concept('lie', 'false', 'wrong', 'incorrect'),
  concept('salary', 'income', 'wage', 'pension'),
  concept('woman', 'mother', 'female', 'widow', 'divorcee'),
  concept('alone', 'independent', 'own'),
  concept('results', 'result', 'outcome', 'announced'),
  concept('update', 'modify', 'edit'),
  concept('change', 'different', 'vary', 'varies', 'differ'),
  concept('eligible', 'eligibility', 'qualify', 'entitled'),
  concept('staff', 'employee', 'person', 'someone', 'human'),
  concept('foreign', 'foreigner', 'non-saudi', 'expat'),
];
