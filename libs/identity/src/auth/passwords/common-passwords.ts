/**
 * Passwords attackers try first: the most common entries of public breach corpora
 * (the RockYou and "Have I Been Pwned" top lists the NCSC publishes from), the longer
 * ones that pass a 12-character minimum, keyboard walks, and words people pad with
 * digits (the policy strips leading/trailing digits and symbols and undoes common
 * letter substitutions before looking a password up here). Lower case, one per line.
 */
const LIST = `
123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123
abc123 1234 password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine
princess letmein 654321 monkey 27653 1qaz2wsx 123321 qwertyuiop superman asdfghjkl
football baseball welcome shadow master jordan23 hello freedom whatever trustno1
michael charlie donald batman access starwars mustang 696969 121212 7777777 555555
666666 112233 987654321 123qwe qwe123 1qazxsw2 passw0rd p@ssw0rd pa55word passwort
secret secret123 loveme lovely flower hottie cheese computer internet samsung google
liverpool arsenal chelsea manchester tottenham everton celtic rangers newcastle leeds
daniel jessica ashley michelle nicole jennifer thomas william joshua matthew andrew
robert hannah amanda jasmine oliver charlotte george harry jack sophie emily lucy
ginger pepper buster tigger maggie bailey shadow1 summer winter spring autumn
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
killer soccer hockey tennis golfer cricket rugby
qwertyui qwertyu asdfgh zxcvbnm zxcvbn asdf1234 zxcvbnm123 qazwsx qazwsxedc
1qaz2wsx3edc 1qaz2wsx3edc4rfv zaq1xsw2 zaq1zaq1 1q2w3e 1q2w3e4r5t 1q2w3e4r5t6y
1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i 1qaz1qaz q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 a1b2c3d4
qwertyuiop123 qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm asdfghjkl123 asdfghjkl1234
qwerty123456 qwerty1234567 qwerty12345678 qweasdzxc qweasdzxc123 poiuytrewq lkjhgfdsa
123456789012 1234567890123 12345678901 12345678910 123456789a 123456789q 0123456789
0987654321 9876543210 1122334455 1111111111 111111111111 000000000000 123123123123
123412341234 121212121212 112233445566 147258369 159753 147852369 741852963 963852741
aaaaaaaaaaaa abcdefghijkl abcdefghijklmnop abcd1234 abcd1234abcd abc123abc123 abcabcabcabc
password12 password123 password1234 password12345 password123456 password1234567
password2020 password2021 password2022 password2023 password2024 password2025 password2026
passwordpassword mypassword yourpassword newpassword oldpassword thepassword password!
letmein123 letmein1234 letmeinletmein welcome1 welcome123 welcome1234 welcome12345
welcometo welcomehome welcome2020 welcome2021 welcome2022 welcome2023 welcome2024 welcome2025
changeme changeme123 changeme1234 changemenow changeit default default123 temp temp1234
temppassword temporary temporary123 guest guest123 admin admin123 admin1234 administrator
administrator1 root toor root1234 superuser sysadmin support helpdesk itsupport
test test123 test1234 testing testing123 tester demo demo1234 sample example
iloveyou1 iloveyou12 iloveyou123 iloveyou1234 iloveyouiloveyou iloveu iloveme loveyou
mylove lovelove ilovegod iloveyousomuch
correcthorsebatterystaple correcthorse batterystaple thequickbrownfox
thequickbrownfoxjumpsoverthelazydog onetwothreefour helloworld hello123 hello1234
goodmorning goodnight happybirthday happiness beautiful butterfly chocolate strawberry
blink182 linkinpark metallica nirvana eminem beyonce rihanna
pokemon minecraft fortnite roblox callofduty warcraft starcraft
unitedkingdom england london scotland wales britain greatbritain manchester1
qwerty1 qwerty12 qwerty1234 qwerty12345 qwertyqwerty asdasd asdasdasd zxczxc
11111111 22222222 88888888 99999999 12341234 43214321 11223344 13131313
whatever1 nothing anything something everything forever forever1 always neverever
superman1 batman1 spiderman ironman captainamerica wonderwoman
princess1 sunshine1 football1 baseball1 monkey1 dragon1 master1 shadow12 michael1
jordan charlie1 freedom1 trustno11 letmein1 starwars1
nhs nhspassword nhs12345 nhs123456789 hospital hospital123 nurse doctor
patient health healthcare clinical ambulance emergency
incident security cyber cybersecurity secure secure123 safety safety123
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026
spring2025 spring2026 autumn2025 autumn2026
passphrase mypassphrase secretpassword supersecret topsecret private confidential
login login123 signin username user user1234 account
computer1 laptop desktop keyboard mouse monitor windows windows10 windows11 microsoft
apple iphone android samsung1 google123 facebook instagram twitter youtube linkedin
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
