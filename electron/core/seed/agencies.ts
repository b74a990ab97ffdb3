export type Agency = {
  name: string;
  emailDomain: string;
  /** How the agency numbers its staff; null where learners enrol without a staff number. */
  employeeIdPrefix: string | null;
  /** Relative number of learners, roughly following the size of each agency's workforce. */
  weight: number;
  /** Positions found only in this agency, added to the common civil-service ones. */
  positions: readonly string[];
};

export const AGENCIES: readonly Agency[] = [
  {
    name: 'กรมการปกครอง',
    emailDomain: 'dopa.go.th',
    employeeIdPrefix: 'DOPA',
    weight: 14,
    positions: ['ปลัดอำเภอ', 'เจ้าพนักงานปกครอง'],
  },
  {
    name: 'สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.)',
    emailDomain: 'dga.or.th',
    employeeIdPrefix: 'DGA',
    weight: 3,
    positions: ['ผู้เชี่ยวชาญด้านข้อมูล', 'ผู้จัดการโครงการดิจิทัล'],
  },
  { name: 'กรมสรรพากร', emailDomain: 'rd.go.th', employeeIdPrefix: 'RD', weight: 10, positions: ['นักวิชาการภาษี'] },
  {
    name: 'กรมศุลกากร',
    emailDomain: 'customs.go.th',
    employeeIdPrefix: 'CUS',
    weight: 6,
    positions: ['นักวิชาการศุลกากร'],
  },
  { name: 'กรมบัญชีกลาง', emailDomain: 'cgd.go.th', employeeIdPrefix: 'CGD', weight: 4, positions: [] },
  {
    name: 'กรมการพัฒนาชุมชน',
    emailDomain: 'cdd.go.th',
    employeeIdPrefix: null,
    weight: 7,
    positions: ['นักวิชาการพัฒนาชุมชน'],
  },
  {
    name: 'กรมส่งเสริมการเกษตร',
    emailDomain: 'doae.go.th',
    employeeIdPrefix: null,
    weight: 7,
    positions: ['นักวิชาการส่งเสริมการเกษตร'],
  },
  {
    name: 'กรมพัฒนาธุรกิจการค้า',
    emailDomain: 'dbd.go.th',
    employeeIdPrefix: 'DBD',
    weight: 4,
    positions: ['นักวิชาการพาณิชย์'],
  },
  {
    name: 'กรมส่งเสริมการค้าระหว่างประเทศ',
    emailDomain: 'ditp.go.th',
    employeeIdPrefix: 'DITP',
    weight: 3,
    positions: ['นักวิชาการพาณิชย์'],
  },
  {
    name: 'สำนักงานคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.)',
    emailDomain: 'opdc.go.th',
    employeeIdPrefix: null,
    weight: 2,
    positions: ['นักพัฒนาระบบราชการ'],
  },
  {
    name: 'สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.)',
    emailDomain: 'ocsc.go.th',
    employeeIdPrefix: 'OCSC',
    weight: 2,
    positions: [],
  },
  {
    name: 'กรมการจัดหางาน',
    emailDomain: 'doe.go.th',
    employeeIdPrefix: null,
    weight: 4,
    positions: ['นักวิชาการแรงงาน'],
  },
  {
    name: 'กรมอนามัย',
    emailDomain: 'anamai.mail.go.th',
    employeeIdPrefix: null,
    weight: 6,
    positions: ['นักวิชาการสาธารณสุข', 'พยาบาลวิชาชีพ'],
  },
  {
    name: 'สำนักงานสถิติแห่งชาติ',
    emailDomain: 'nso.go.th',
    employeeIdPrefix: 'NSO',
    weight: 3,
    positions: ['นักวิชาการสถิติ'],
  },
  {
    name: 'กรมที่ดิน',
    emailDomain: 'dol.go.th',
    employeeIdPrefix: 'DOL',
    weight: 6,
    positions: ['นักวิชาการที่ดิน', 'เจ้าพนักงานที่ดิน'],
  },
  {
    name: 'กรมการขนส่งทางบก',
    emailDomain: 'dlt.go.th',
    employeeIdPrefix: 'DLT',
    weight: 5,
    positions: ['นักวิชาการขนส่ง'],
  },
  {
    name: 'สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
    emailDomain: 'mdes.go.th',
    employeeIdPrefix: 'MDES',
    weight: 3,
    positions: [],
  },
  {
    name: 'กรมส่งเสริมการปกครองท้องถิ่น',
    emailDomain: 'dla.go.th',
    employeeIdPrefix: null,
    weight: 6,
    positions: ['นักวิชาการส่งเสริมการปกครองท้องถิ่น'],
  },
  {
    name: 'สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม (สสว.)',
    emailDomain: 'sme.go.th',
    employeeIdPrefix: 'OSMEP',
    weight: 2,
    positions: ['เจ้าหน้าที่ส่งเสริมผู้ประกอบการ'],
  },
  {
    name: 'กรมพัฒนาฝีมือแรงงาน',
    emailDomain: 'dsd.go.th',
    employeeIdPrefix: null,
    weight: 3,
    positions: ['นักวิชาการพัฒนาฝีมือแรงงาน', 'ครูฝึกฝีมือแรงงาน'],
  },
];

/**
 * Positions every agency has. Academic positions (นัก…, นิติกร, พยาบาลวิชาชีพ) and support ones (เจ้าพนักงาน…) are
 * written with a grade, as on an official's own forms.
 */
export const COMMON_POSITIONS: readonly string[] = [
  'นักวิชาการคอมพิวเตอร์',
  'นักวิเคราะห์นโยบายและแผน',
  'นักทรัพยากรบุคคล',
  'นักจัดการงานทั่วไป',
  'นักวิชาการเงินและบัญชี',
  'นักวิชาการพัสดุ',
  'นักประชาสัมพันธ์',
  'นิติกร',
  'นักวิชาการตรวจสอบภายใน',
  'เจ้าพนักงานธุรการ',
];

/** Grades of academic positions; the first two are by far the most common among course takers. */
export const GRADES: readonly (readonly [string, number])[] = [
  ['ปฏิบัติการ', 5],
  ['ชำนาญการ', 4],
  ['ชำนาญการพิเศษ', 1.5],
  ['เชี่ยวชาญ', 0.3],
];

/** Support-staff grades (เจ้าพนักงาน… positions). */
export const SUPPORT_GRADES: readonly string[] = ['ปฏิบัติงาน', 'ชำนาญงาน', 'อาวุโส'];
