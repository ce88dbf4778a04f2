/*
 * Passwords that attackers try first. Compiled from the best-known public top lists
 * (yearly "worst passwords" lists, the UK NCSC's list drawn from breach corpora, the
 * RockYou top entries) plus the capitalised and suffixed forms people choose to satisfy
 * upper/lower/digit rules ("Password1", "P@ssw0rd", "Qwerty123") and Japanese favourites.
 * Stored lower-case; compared case-insensitively. Entries shorter than the minimum length
 * are harmless: the length rule refuses them first, but keeping them lets the list stand
 * on its own if the minimum is ever lowered.
 */
const COMMON_PASSWORDS: readonly string[] = [
  "123456", "123456789", "12345", "qwerty", "password", "12345678", "111111", "123123", "1234567890", "1234567",
  "qwerty123", "000000", "1q2w3e", "aa12345678", "abc123", "password1", "1234", "qwertyuiop", "123321",
  "password123", "1q2w3e4r", "iloveyou", "654321", "666666", "987654321", "123", "123456a", "qwe123", "7777777",
  "1qaz2wsx", "123qwe", "zxcvbnm", "121212", "asdfgh", "dragon", "monkey", "123abc", "112233", "11111111", "1111111",
  "a123456", "159753", "555555", "999999", "888888", "777777", "222222", "333333", "444444", "0000", "1111", "2222",
  "5555", "6969", "7777", "1212", "4321", "00000000", "12341234", "123123123", "123654", "131313", "147258",
  "147258369", "159357", "789456", "456789", "101010", "100200", "123456789a", "12qwaszx", "qazwsx", "qweasdzxc",
  "asdfghjkl", "asdf", "zxcvbn", "qwerty1", "qwertz", "azerty", "1qazxsw2", "1234qwer", "qwer1234", "q1w2e3r4",
  "q1w2e3r4t5", "12344321", "147852369", "741852963", "963852741", "789456123", "159951", "135790", "246810",
  "13579", "24680", "1234554321", "123456654321", "0123456789", "9876543210", "1122334455", "11223344", "12121212",
  "123454321", "88888888", "99999999", "66666666", "22222222", "33333333", "44444444", "55555555", "77777777",
  "12345qwert", "54321", "7654321", "87654321", "1234567891", "12345678910", "123456789q", "123456q", "q123456",
  "123456abc", "abc12345", "abcd1234", "1234abcd", "abcdef", "abcdefg", "abcdefgh", "abc123456", "aaaaaa",
  "aaaaaaaa", "aaa111", "a1b2c3", "a1b2c3d4", "a1s2d3f4", "1a2b3c", "qazwsxedc", "1qaz2wsx3edc", "zxcvbnm123",
  "asdf1234", "asdfasdf", "qwertyui", "qwertyu", "1q2w3e4r5t", "1q2w3e4r5t6y", "poiuytrewq", "mnbvcxz", "lkjhgfdsa",
  "zxcv1234", "zaq12wsx", "zaq1zaq1", "1qaz1qaz", "1qaz!qaz", "1qaz@wsx", "!qaz2wsx", "!qaz1qaz", "1qaz2wsx3edc4rfv",
  "qwerty12", "qwerty1234", "qwerty123456", "qwertyuiop123", "asdfghjk", "zxcvbnm1", "qazwsx123", "qaz123", "wsx123",
  "asd123", "zxc123", "qwe123456", "aa123456", "aa112233", "aa111111", "aa123123", "qq123456", "zz123456",
  "a1234567", "a12345678", "aaaa1111", "abc@123", "abc@1234", "abcd@123", "abcd@1234", "abc123!", "abcd123",
  "abcde12345", "passw0rd", "p@ssw0rd", "p@ssword", "pa55word", "pa$$word", "pa55w0rd", "p@55w0rd", "passwort",
  "motdepasse", "password!", "password1!", "password12", "password1234", "password01", "password2", "password3",
  "password99", "password@123", "password#1", "passw0rd1", "passw0rd!", "passw0rd123", "p@ssw0rd1", "p@ssw0rd!",
  "p@ssw0rd123", "p@ssword1", "p@ssword123", "p@ss1234", "pass", "pass1", "pass123", "pass1234", "pass@123",
  "pass@1234", "passpass", "pw123456", "mypassword", "mypass", "newpassword", "changeme", "changeme1", "changeme123",
  "secret", "secret1", "secret123", "letmein", "letmein1", "letmein123", "letmein!", "welcome", "welcome1",
  "welcome12", "welcome123", "welcome1!", "welcome@123", "admin", "admin1", "admin12", "admin123", "admin1234",
  "admin@123", "admin!", "administrator", "root", "root123", "root1234", "toor", "login", "login123", "guest",
  "guest123", "master", "master123", "master1", "test", "test1", "test12", "test123", "test1234", "test@123",
  "testing", "testing123", "demo", "demo123", "default", "user", "user123", "user1234", "temp", "temp123",
  "temp1234", "access", "access14", "trustno1", "iloveyou1", "iloveyou2", "iloveyou123", "iloveu", "loveme",
  "lovely", "love", "love123", "lover", "lovers", "loveyou", "iloveme", "monkey1", "monkey123", "dragon1",
  "dragon123", "shadow", "shadow1", "shadow123", "sunshine", "sunshine1", "sunshine123", "princess", "princess1",
  "princess123", "football", "football1", "football123", "baseball", "baseball1", "basketball", "soccer", "soccer1",
  "hockey", "tennis", "golf", "golfer", "fishing", "hunter", "hunter2", "hunter1", "superman", "superman1",
  "superman123", "batman", "batman1", "batman123", "spiderman", "starwars", "starwars1", "pokemon", "pokemon1",
  "pikachu", "naruto", "naruto123", "doraemon", "michael", "michael1", "jennifer", "jordan", "jordan23", "jordan1",
  "michelle", "daniel", "jessica", "ashley", "charlie", "charlie1", "charlie123", "andrew", "joshua", "matthew",
  "thomas", "robert", "william", "george", "oliver", "jack", "harry", "taylor", "amanda", "nicole", "melissa",
  "sarah", "hannah", "samantha", "elizabeth", "buster", "tigger", "ginger", "pepper", "cheese", "chocolate",
  "cookie", "cookies", "banana", "orange", "apple", "apple123", "computer", "internet", "freedom", "whatever",
  "killer", "hello", "hello1", "hello123", "hellokitty", "flower", "flowers", "summer", "winter", "spring", "autumn",
  "samsung", "google", "yahoo", "facebook", "twitter", "linkedin", "microsoft", "windows", "iphone", "android",
  "nintendo", "playstation", "xbox360", "minecraft", "fortnite", "roblox", "mustang", "harley", "ferrari", "porsche",
  "corvette", "mercedes", "bmw", "toyota", "honda", "nissan", "yamaha", "suzuki", "kawasaki", "ranger", "maggie",
  "buddy", "bailey", "angel", "angel1", "angels", "anthony", "babygirl", "babygirl1", "baby", "blink182",
  "butterfly", "charles", "chelsea", "arsenal", "liverpool", "manchester", "barcelona", "realmadrid", "juventus",
  "chicago", "dallas", "yankees", "cowboys", "eagles", "steelers", "lakers", "packers", "patriots", "redsox",
  "rangers", "maverick", "merlin", "diamond", "silver", "golden", "purple", "yellow", "jesus", "jesus1", "god",
  "blessed", "christ", "heaven", "qwerty!", "123456!", "12345678!", "1234567!", "111111!", "asdfgh1", "computer1",
  "internet1", "freedom1", "whatever1", "killer1", "flower1", "summer1", "winter1", "tigger1", "ginger1", "pepper1",
  "cheese1", "cookie1", "banana1", "orange1", "matrix", "matrix1", "nothing", "unknown", "zxcvbnm!", "asdf123",
  "asdf12", "qwert", "qwert123", "zaq123", "qwaszx", "1q2w3e4r!", "1q2w3e!", "q1w2e3", "q1w2e3r4t5y6", "1qaz2wsx!",
  "1qazxsw23edc", "5201314", "520520", "woaini", "woaini1314", "iloveyou!", "love1234", "sexy", "sexy123", "hottie",
  "freedom!", "bigdaddy", "biteme", "696969", "cowboy", "cowboy1", "yankee", "thunder", "thunder1", "tiger",
  "tiger1", "lion", "eagle", "eagle1", "falcon", "phoenix", "phoenix1", "dolphin", "dolphins", "panther", "panthers",
  "wolf", "wolves", "snoopy", "mickey", "minnie", "donald", "pluto", "goofy", "bambi", "simba", "nemo", "elmo",
  "barbie", "shrek", "yoda", "jedi", "vader", "skywalker", "gandalf", "frodo", "hobbit", "zelda", "mario", "luigi",
  "sonic", "pacman", "tetris", "zombie", "ninja", "ninja1", "samurai", "pirate", "knight", "legend", "legend1",
  "warrior", "warrior1", "soldier", "rocket", "rocket1", "racing", "racecar", "speed", "turbo", "pretty",
  "beautiful", "sweet", "sweetie", "sugar", "honey", "candy", "angel123", "stars", "star", "star123", "moon", "sun",
  "sunny", "rainbow", "sky", "ocean", "river", "forest", "nature", "music", "music1", "guitar", "piano", "rock",
  "rockstar", "metal", "heavy", "jazz", "dance", "dancer", "singer", "poohbear", "pooh", "winnie", "teddy",
  "teddybear", "kitten", "kitty", "puppy", "doggie", "doggy", "dog", "cat", "cats", "dogs", "horse", "pony",
  "spirit", "soul", "coffee", "pizza", "burger", "pasta", "sushi", "ramen", "tequila", "vodka", "whiskey", "beer",
  "party", "sakura", "sakura1", "sakura123", "sakura2020", "tokyo", "tokyo123", "tokyo2020", "osaka", "osaka123",
  "kyoto", "yokohama", "nagoya", "hokkaido", "okinawa", "fujisan", "fuji", "nihon", "nippon", "japan", "japan123",
  "yamato", "samurai123", "gundam", "totoro", "ghibli", "anpanman", "shinchan", "conan", "luffy", "onepiece",
  "dragonball", "goku", "vegeta", "sasuke", "evangelion", "eva01", "tanjiro", "nezuko", "kimetsu", "miku", "hatsune",
  "arashi", "tigers", "giants", "hanshin", "carp", "dragons", "swallows", "baystars", "hawks", "tanaka", "suzuki1",
  "sato", "takahashi", "yamada", "yamamoto", "watanabe", "nakamura", "kobayashi", "yamadataro", "taro", "hanako",
  "tarou", "kamisama", "nekoneko", "inuinu", "neko", "inu", "usagi", "kuma", "momo", "hime", "hikari", "sora",
  "yuki", "haru", "natsu", "aki", "fuyu", "hoshi", "tsuki", "umi", "kaze", "hana", "ai", "aiueo", "asdfghjkl;",
  "kirakira", "arigatou", "arigato", "konnichiwa", "sayonara", "ohayou", "daisuki", "aishiteru", "kawaii", "ganbare",
  "banzai", "qwerty1!", "abcd12345", "hello@123", "welcome@1", "password@1", "abc123abc", "qwerty@123", "summer2015",
  "summer2015!", "summer2016", "summer2016!", "summer2017", "summer2017!", "summer2018", "summer2018!", "summer2019",
  "summer2019!", "summer2020", "summer2020!", "summer2021", "summer2021!", "summer2022", "summer2022!", "summer2023",
  "summer2023!", "summer2024", "summer2024!", "summer2025", "summer2025!", "summer2026", "summer2026!", "winter2015",
  "winter2015!", "winter2016", "winter2016!", "winter2017", "winter2017!", "winter2018", "winter2018!", "winter2019",
  "winter2019!", "winter2020", "winter2020!", "winter2021", "winter2021!", "winter2022", "winter2022!", "winter2023",
  "winter2023!", "winter2024", "winter2024!", "winter2025", "winter2025!", "winter2026", "winter2026!", "spring2015",
  "spring2016", "spring2017", "spring2018", "spring2019", "spring2020", "spring2021", "spring2022", "spring2023",
  "spring2024", "spring2025", "spring2026", "autumn2015", "autumn2016", "autumn2017", "autumn2018", "autumn2019",
  "autumn2020", "autumn2021", "autumn2022", "autumn2023", "autumn2024", "autumn2025", "autumn2026", "fall2015",
  "fall2016", "fall2017", "fall2018", "fall2019", "fall2020", "fall2021", "fall2022", "fall2023", "fall2024",
  "fall2025", "fall2026", "password2015", "password2015!", "password2016", "password2016!", "password2017",
  "password2017!", "password2018", "password2018!", "password2019", "password2019!", "password2020", "password2020!",
  "password2021", "password2021!", "password2022", "password2022!", "password2023", "password2023!", "password2024",
  "password2024!", "password2025", "password2025!", "password2026", "password2026!", "welcome2015", "welcome2015!",
  "welcome2016", "welcome2016!", "welcome2017", "welcome2017!", "welcome2018", "welcome2018!", "welcome2019",
  "welcome2019!", "welcome2020", "welcome2020!", "welcome2021", "welcome2021!", "welcome2022", "welcome2022!",
  "welcome2023", "welcome2023!", "welcome2024", "welcome2024!", "welcome2025", "welcome2025!", "welcome2026",
  "welcome2026!", "qwerty2015", "qwerty2016", "qwerty2017", "qwerty2018", "qwerty2019", "qwerty2020", "qwerty2021",
  "qwerty2022", "qwerty2023", "qwerty2024", "qwerty2025", "qwerty2026", "sakura2015", "sakura2016", "sakura2017",
  "sakura2018", "sakura2019", "sakura2021", "sakura2022", "sakura2023", "sakura2024", "sakura2025", "sakura2026",
  "january", "january1", "january123", "february", "february1", "february123", "march", "march1", "march123",
  "april", "april1", "april123", "may", "may1", "may123", "june", "june1", "june123", "july", "july1", "july123",
  "august", "august1", "august123", "september", "september1", "september123", "october", "october1", "october123",
  "november", "november1", "november123", "december", "december1", "december123",
];

const LOOKUP: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

/** How many passwords the list holds (for tests and documentation). */
export const COMMON_PASSWORD_COUNT = LOOKUP.size;

/** True when the password, ignoring case, is on the list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return LOOKUP.has(password.toLowerCase());
}

/** The list itself, lower-case, for tests and tools that want to show or audit it. */
export function commonPasswords(): readonly string[] {
  return COMMON_PASSWORDS;
}
