import type {
  CustomerCategory,
  JobSeekerStatus,
  MunicipalityId,
} from '../shared/programme/definitions.js'
import { type Weighted, weights } from './synthetic-random.js'

// The lists the synthetic data set (`porten seed --synthetic N`) draws from:
// common given and family names and the languages of several origins, each
// with its usual grounds of residence, and the weights of the municipalities,
// job-seeker statuses, closure reasons, visit topics, service languages and
// the like. Names are paired at random, so no real person's full name is
// intended. Data only: the drawing itself is in synthetic.ts and its parts.

// ---------------------------------------------------------------------------
// Names and languages of several origins (common names; random pairs)

export interface Origin {
  readonly language: string
  readonly women: readonly string[]
  readonly men: readonly string[]
  /** A family name, or its [men's, women's] forms. */
  readonly families: ReadonlyArray<string | readonly [string, string]>
  readonly secondLanguage?: string
  /** The usual grounds of residence, the first category of the record. */
  readonly grounds: Weighted<CustomerCategory>
}

export const refugeeGrounds = weights<CustomerCategory>([
  ['quota-refugee', 30],
  ['international-protection', 42],
  ['family-member', 23],
  ['other', 5],
])
export const familyGrounds = weights<CustomerCategory>([
  ['family-member', 55],
  ['other', 45],
])

// biome-ignore format: name lists read better as lines
export const origins: Weighted<Origin> = weights<Origin>([
  [{ language: 'uk', secondLanguage: 'ru',
    women: ['Olena', 'Iryna', 'Oksana', 'Nataliia', 'Tetiana', 'Yuliia', 'Kateryna', 'Svitlana', 'Mariia', 'Anastasiia', 'Viktoriia', 'Liudmyla'],
    men: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii', 'Viktor', 'Bohdan', 'Taras', 'Maksym'],
    families: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval', 'Oliinyk', 'Shevchuk', 'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Petrenko', 'Moroz', 'Pavlenko', 'Kuzmenko', 'Ponomarenko'],
    grounds: weights<CustomerCategory>([['international-protection', 88], ['family-member', 7], ['other', 5]]) }, 24],
  [{ language: 'ar', secondLanguage: 'en',
    women: ['Fatima', 'Aisha', 'Mariam', 'Noor', 'Layla', 'Hiba', 'Rana', 'Zainab', 'Amal', 'Sara', 'Huda', 'Yasmin'],
    men: ['Mohammed', 'Ahmad', 'Omar', 'Ali', 'Hassan', 'Khaled', 'Yousef', 'Ibrahim', 'Mahmoud', 'Mustafa', 'Abdullah', 'Karim'],
    families: ['Al-Ahmad', 'Hassan', 'Ibrahim', 'Khalil', 'Haddad', 'Mansour', 'Saleh', 'Darwish', 'Aziz', 'Qasim', 'Al-Hussein', 'Nasser', 'Hamdan', 'Khoury', 'Youssef', 'Al-Jaber'],
    grounds: refugeeGrounds }, 16],
  [{ language: 'prs',
    women: ['Fatima', 'Zahra', 'Maryam', 'Parwana', 'Shabnam', 'Nargis', 'Farzana', 'Masooma', 'Laila', 'Sima', 'Fereshta', 'Hosai'],
    men: ['Ahmad', 'Mohammad', 'Ali', 'Hamid', 'Farid', 'Javed', 'Sohrab', 'Naveed', 'Wahid', 'Rahim', 'Omid', 'Nasir'],
    families: ['Ahmadi', 'Hakimi', 'Rahimi', 'Karimi', 'Hosseini', 'Noori', 'Sultani', 'Amiri', 'Haidari', 'Mohammadi', 'Sharifi', 'Rezaei', 'Jafari', 'Azizi', 'Sadat'],
    grounds: refugeeGrounds }, 10],
  [{ language: 'fa', secondLanguage: 'en',
    women: ['Maryam', 'Zahra', 'Fatemeh', 'Shirin', 'Nazanin', 'Leila', 'Parisa', 'Sara', 'Mina', 'Niloofar'],
    men: ['Reza', 'Amir', 'Hossein', 'Mehdi', 'Ali', 'Saeed', 'Babak', 'Kaveh', 'Arash', 'Dariush'],
    families: ['Mohammadi', 'Hosseini', 'Rezaei', 'Moradi', 'Karimi', 'Jafari', 'Rahimi', 'Kazemi', 'Ebrahimi', 'Tehrani'],
    grounds: refugeeGrounds }, 4],
  [{ language: 'so',
    women: ['Hodan', 'Fadumo', 'Amina', 'Hawa', 'Asha', 'Sahra', 'Khadra', 'Ifrah', 'Ayaan', 'Hibaaq'],
    men: ['Abdi', 'Mohamed', 'Ahmed', 'Hassan', 'Abdullahi', 'Ali', 'Omar', 'Yusuf', 'Ismail', 'Abdirahman'],
    families: ['Abdi', 'Mohamed', 'Warsame', 'Farah', 'Jama', 'Hussein', 'Osman', 'Aden', 'Nur', 'Ali', 'Elmi', 'Guled'],
    grounds: refugeeGrounds }, 8],
  [{ language: 'ti',
    women: ['Senait', 'Helen', 'Selam', 'Mebrat', 'Saba', 'Rahel', 'Luwam', 'Eden', 'Yordanos', 'Tsega'],
    men: ['Yonas', 'Tesfay', 'Mehari', 'Dawit', 'Samuel', 'Filmon', 'Berhane', 'Habtom', 'Kidane', 'Merhawi'],
    families: ['Tesfamariam', 'Gebremedhin', 'Haile', 'Tekle', 'Berhe', 'Kidane', 'Ghebreyesus', 'Woldemichael', 'Asmerom', 'Habte'],
    grounds: refugeeGrounds }, 5],
  [{ language: 'ckb', secondLanguage: 'ar',
    women: ['Shilan', 'Nasrin', 'Dilan', 'Avin', 'Rozhin', 'Bahar', 'Runak', 'Chiman'],
    men: ['Azad', 'Karwan', 'Dilshad', 'Rebin', 'Shvan', 'Hawre', 'Sirwan', 'Aram'],
    families: ['Ahmed', 'Karim', 'Rashid', 'Aziz', 'Salih', 'Mahmud', 'Rasul', 'Hama', 'Qadir', 'Omer'],
    grounds: refugeeGrounds }, 4],
  [{ language: 'ru', secondLanguage: 'en',
    women: ['Anna', 'Elena', 'Olga', 'Natalia', 'Svetlana', 'Irina', 'Tatiana', 'Ekaterina', 'Maria', 'Yulia'],
    men: ['Alexei', 'Sergei', 'Dmitri', 'Andrei', 'Mikhail', 'Nikolai', 'Pavel', 'Igor', 'Vladimir', 'Maxim'],
    families: [['Ivanov', 'Ivanova'], ['Smirnov', 'Smirnova'], ['Kuznetsov', 'Kuznetsova'], ['Popov', 'Popova'], ['Sokolov', 'Sokolova'], ['Lebedev', 'Lebedeva'], ['Novikov', 'Novikova'], ['Morozov', 'Morozova'], ['Volkov', 'Volkova'], ['Pavlov', 'Pavlova']],
    grounds: weights<CustomerCategory>([['family-member', 40], ['other', 40], ['international-protection', 20]]) }, 8],
  [{ language: 'en',
    women: ['Mary', 'Grace', 'Sarah', 'Jennifer', 'Blessing', 'Joy', 'Emily', 'Faith', 'Patricia', 'Elizabeth'],
    men: ['John', 'David', 'Michael', 'James', 'Daniel', 'Emmanuel', 'Samuel', 'Joseph', 'Chinedu', 'Kevin'],
    families: ['Smith', 'Johnson', 'Okafor', 'Adeyemi', 'Brown', 'Williams', 'Okeke', 'Taylor', 'Mensah', 'Wilson'],
    grounds: familyGrounds }, 8],
  [{ language: 'es', secondLanguage: 'en',
    women: ['María', 'Ana', 'Carmen', 'Laura', 'Sofía', 'Lucía', 'Valentina', 'Isabel', 'Paula', 'Daniela'],
    men: ['José', 'Carlos', 'Luis', 'Juan', 'Diego', 'Andrés', 'Javier', 'Miguel', 'Alejandro', 'Pablo'],
    families: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz'],
    grounds: familyGrounds }, 4],
  [{ language: 'th',
    women: ['Siriporn', 'Malee', 'Pranee', 'Somying', 'Ratana', 'Suda', 'Wanida', 'Kanya', 'Pim', 'Nok'],
    men: ['Somchai', 'Somsak', 'Anan', 'Chaiwat', 'Kittisak', 'Prasert', 'Surachai', 'Wichai'],
    families: ['Saetang', 'Srisuk', 'Wongsawat', 'Phromma', 'Boonmee', 'Kaewkla', 'Suwan', 'Thongdee', 'Chaiyasit', 'Inthong'],
    grounds: familyGrounds }, 5],
  [{ language: 'vi',
    women: ['Linh', 'Huong', 'Lan', 'Mai', 'Thu', 'Ngoc', 'Trang', 'Hoa', 'Phuong', 'Anh'],
    men: ['Minh', 'Tuan', 'Hung', 'Duc', 'Nam', 'Long', 'Quang', 'Thanh'],
    families: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do'],
    grounds: familyGrounds }, 4],
])

// Population of the five municipalities (about 2024): Jakobstad the largest.
export const municipalityWeights = weights<MunicipalityId>([
  ['jakobstad', 19_100],
  ['pedersore', 11_300],
  ['nykarleby', 7_400],
  ['kronoby', 6_500],
  ['larsmo', 5_600],
])
export const closureReasons = weights([
  ['employed', 30],
  ['moved-away', 28],
  ['studies', 15],
  ['other', 14],
  ['declined', 10],
  ['deceased', 1],
] as const)
export const literacy = weights([
  ['literate', 70],
  ['literate-other-script', 18],
  ['partly', 8],
  ['not-literate', 4],
] as const)
export const reviewReasons = weights([
  ['scheduled', 85],
  ['change-in-situation', 10],
  ['customer-request', 5],
] as const)
export const infoPoints = weights([
  ['jakobstad', 50],
  ['romporten', 20],
  ['nykarleby', 15],
  ['kronoby', 15],
] as const)
export const serviceLanguages = weights([
  ['sv', 35],
  ['fi', 22],
  ['en', 28],
  ['other', 15],
] as const)
export const visitTopics = weights([
  ['housing', 14],
  ['work', 18],
  ['studies', 10],
  ['language-courses', 14],
  ['health', 8],
  ['family', 6],
  ['benefits', 12],
  ['residence-permit', 9],
  ['leisure', 5],
  ['other', 4],
] as const)
export const visitCounts = weights([
  [0, 15],
  [1, 25],
  [2, 25],
  [3, 17],
  [4, 10],
  [5, 8],
] as const)
export const interpreterLanguages = ['ar', 'prs', 'uk', 'so', 'ti', 'fa', 'ru', 'ckb', 'th', 'vi']
export const referrals = [
  'kela',
  'migri',
  'employment-jakobstad',
  'wellbeing-ostrobothnia',
  'optima',
]
export const providers = ['Optima', 'Yrkesakademin', 'Wava-institutet', 'EduNova', 'Kvarnen']
export const interruptionReasons = [
  'Flyttade',
  'Fick arbete',
  'Sjukdom',
  'Föräldraledighet',
  'Annat',
]
export const planGoals = [
  'Arbete inom vården',
  'Yrkesutbildning',
  'Eget företag',
  'Arbete inom byggbranschen',
  'Studier på andra stadiet',
  'Arbete inom restaurangbranschen',
]

export const jobSeekerStatuses = weights<JobSeekerStatus>([
  ['unemployed', 42],
  ['other-job-seeker', 8],
  ['not', 50],
])
