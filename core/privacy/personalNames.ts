/**
 * Personal names that are also ordinary words («سعيد» happy, «أمل» hope, «كامل» complete, "Hope",
 * "Said"), and the particles that build names («بن», «آل», "Al", "bin", "Abu"). The stored-search
 * vocabulary is built from what the kiosk knows, and a name that is also a word could otherwise
 * pass through it; every word here is taken out of the vocabulary, so it is always stored as the
 * placeholder, whatever it meant.
 *
 * Policy: a few lost ordinary words («كامل», "will", "said") cost the office little; one name kept
 * costs a visitor their privacy. Names that are not words need no entry: they are not in the
 * vocabulary to begin with. Written naturally; normalised (and stemmed, for the forms with an
 * article or suffix) when the vocabulary is built.
 */

// prettier-ignore
export const nameWords: readonly string[] = [
  // Arabic given names that are also words (or month names).
  'سعيد', 'سعيدة', 'أمل', 'امل', 'آمال', 'امال', 'نور', 'نورة', 'نوره', 'فرح', 'هدى', 'كريم', 'كريمة',
  'جميل', 'جميلة', 'حسن', 'حسين', 'حسنى', 'سالم', 'سالمة', 'صالح', 'ماجد', 'راشد', 'رشيد', 'فهد',
  'بدر', 'هلال', 'عادل', 'منير', 'منيرة', 'وفاء', 'ايمان', 'إيمان', 'حياة', 'منى', 'أماني', 'اماني',
  'رجاء', 'سلامة', 'شمس', 'ريم', 'غادة', 'دانة', 'لمى', 'ندى', 'سماح', 'سامي', 'سامية', 'عزيز',
  'عزيزة', 'نبيل', 'نبيلة', 'شريف', 'شريفة', 'فاضل', 'فاضلة', 'كامل', 'كاملة', 'ناصر', 'منصور',
  'مبارك', 'مبروك', 'سعود', 'فيصل', 'تركي', 'سلطان', 'خالد', 'طلال', 'نواف', 'مشعل', 'بندر', 'ياسر',
  'حمد', 'أحمد', 'احمد', 'محمود', 'حامد', 'حميد', 'مساعد', 'مطلق', 'عيد', 'ربيع', 'رجب', 'شعبان',
  'جود', 'نجد', 'عبد', 'عبدالله', 'الله', 'محمد', 'علي', 'عمر', 'فاطمة', 'مريم', 'سارة', 'ساره',
  'وعد', 'غدير', 'رغد', 'شهد', 'عهد', 'جنى', 'جنا', 'لجين', 'رزان', 'دلال', 'وجدان', 'أسيل', 'اسيل',
  'عبير', 'سلمى', 'سلمان', 'نايف', 'زكي', 'زكية', 'صابر', 'صابرة', 'صبري', 'صبر', 'صفاء',
  'هناء', 'رحمة', 'نعمة', 'بركة', 'حنان', 'وداد', 'عفاف', 'فائزة', 'فايزة', 'فائز', 'فايز', 'ناجي',
  'ناجح', 'نجاح', 'نجيب', 'نجلاء', 'فيحاء', 'بشرى', 'بشير', 'سامر', 'مهدي', 'هادي', 'هادية', 'راضي',
  'راضية', 'رضا', 'مرضي', 'وليد', 'شاكر', 'شكري', 'غالي', 'غالية', 'عالية', 'عالي', 'سامة', 'سعد',
  'سعاد', 'سعدية', 'مسعود', 'مسعودة', 'ظافر', 'عايض', 'غازي', 'مطر', 'ضيف', 'عطية', 'هبة', 'منال',
  'عيسى', 'موسى', 'يوسف', 'يونس', 'إبراهيم', 'ابراهيم', 'اسماعيل', 'إسماعيل', 'مالك', 'حارث', 'هاجر', 'زياد', 'عائشة', 'أسماء', 'اسماء',
  // Family names that are also words («الشهري» monthly).
  'الشهري', 'شهري', 'الحمد', 'الزاير', 'الزائر',
  // Honorific parts of compound names («عبد الرحمن»): no use in a question without «عبد».
  'الرحمن', 'العزيز', 'الكريم', 'الرحيم', 'المحسن', 'اللطيف', 'الإله', 'الاله', 'المجيد', 'الحميد',
  'الملك', 'الهادي', 'الرزاق', 'الوهاب', 'الغني', 'المنعم', 'الرؤوف', 'الحكيم', 'العليم', 'السلام',
  // Particles that build names.
  'بن', 'بنت', 'ابن', 'ابو', 'أبو', 'آل', 'ال',
  // Latin particles and names that are also English words.
  'al', 'el', 'bin', 'ben', 'bint', 'ibn', 'abu', 'abo', 'bu', 'hope', 'faith',
  'grace', 'joy', 'rose', 'dawn', 'sky', 'angel', 'mark', 'will', 'may', 'said', 'noor', 'nour',
  'amal', 'iman', 'eman', 'hayat', 'salem', 'karim', 'kareem', 'jamil', 'jameel', 'hassan', 'hasan',
  'majed', 'rashid', 'fahad', 'fahd', 'badr', 'adel', 'mona', 'reem', 'sami', 'aziz', 'nabil',
  'sharif', 'kamel', 'kamil', 'nasser', 'mansour', 'mubarak', 'saud', 'faisal', 'turki', 'sultan',
  'khalid', 'khaled', 'talal', 'nawaf', 'bandar', 'yasser', 'hamad', 'ahmed', 'ahmad', 'mohammed',
  'muhammad', 'mohamed', 'ali', 'omar', 'umar', 'sara', 'sarah', 'fatima', 'maryam', 'mariam',
  'jood', 'joud', 'najd', 'eid', 'rajab', 'ray', 'sun', 'star', 'pearl', 'ruby', 'jade', 'summer',
];
