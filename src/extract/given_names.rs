//! Common given names that tell a person's sex, so that `she said` is not
//! given to a man named just before. A name not listed tells nothing.

/// Given names borne mostly by women.
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abena", "abigail", "ada", "adaeze", "adele", "adriana", "agatha", "agnes", "agnieszka",
    "aileen", "aimee", "aisha", "akosua", "alana", "alessandra", "alexandra", "alice", "alicia",
    "alina", "alisha", "alison", "alyssa", "amaka", "amal", "amanda", "amara", "amber", "amelia",
    "amelie", "amina", "aminata", "amira", "amy", "ana", "anastasia", "andrea", "angela",
    "angelica", "angelina", "anita", "anjali", "anke", "ann", "anna", "annabel", "annabelle",
    "anne", "annette", "annie", "annika", "antonia", "anya", "april", "ariana", "arlene", "asha",
    "astrid", "audrey", "aurelie", "ava", "ayesha", "barbara", "beatrice", "beatriz", "becky",
    "belinda", "bella", "bernadette", "bess", "bessie", "beth", "beverly", "bianca", "birgit",
    "bonnie", "brenda", "brianna", "bridget", "brigitte", "brittany", "bronwen", "busisiwe",
    "caitlin", "camila", "camille", "candice", "carina", "carla", "carmen", "carol", "carolina",
    "caroline", "cassandra", "catalina", "catherine", "cecilia", "celia", "charlene", "charlotte",
    "cheryl", "chiamaka", "chiara", "chioma", "chloe", "christina", "christine", "cindy", "claire",
    "clara", "clare", "claudette", "claudia", "colleen", "constance", "consuelo", "cora",
    "courtney", "crystal", "cynthia", "dagmar", "daisy", "daniela", "daphne", "dawn", "debbie",
    "deborah", "deepa", "delia", "delphine", "denise", "diana", "diane", "dina", "divya", "dolores",
    "donna", "doris", "dorothy", "edith", "edna", "efua", "eileen", "eilidh", "elaine", "eleanor",
    "elena", "eleni", "elif", "elisa", "elisabeth", "elise", "elizabeth", "ella", "ellen", "eloise",
    "elsa", "elsie", "elspeth", "emilia", "emilie", "emily", "emma", "erica", "erika", "erin",
    "esme", "estelle", "esther", "eszter", "ethel", "eunice", "eva", "evelyn", "ewa", "faith",
    "farah", "fatemeh", "fatima", "fatma", "fatou", "federica", "felicity", "fiona", "florence",
    "folake", "frances", "francesca", "francine", "freya", "funmilayo", "gabriela", "gabrielle",
    "gail", "gemma", "geraldine", "gillian", "gina", "giorgia", "gisela", "giselle", "giulia",
    "gladys", "gloria", "grace", "greta", "gudrun", "gwen", "hala", "hana", "hannah", "harriet",
    "haruka", "hayley", "hazel", "heather", "heidi", "heike", "helen", "helena", "helga",
    "henrietta", "hilary", "hilda", "hina", "holly", "huda", "ida", "ifeoma", "ilaria", "ilse",
    "imogen", "ines", "ingrid", "irene", "irina", "iris", "isabel", "isabella", "isla", "isobel",
    "ivy", "jacqueline", "jade", "jane", "janet", "janice", "janine", "jasmine", "jeanette",
    "jelena", "jenna", "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne",
    "jocelyn", "jodie", "josephine", "josie", "joy", "joyce", "judith", "judy", "julia", "julie",
    "juliet", "juliette", "june", "justine", "kara", "karen", "karin", "katarina", "katarzyna",
    "kate", "katharine", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrin", "katrina",
    "katya", "kavita", "kayleigh", "keiko", "keisha", "khadija", "kimberly", "kirsty", "kristen",
    "kristin", "kristina", "lakshmi", "lara", "larissa", "laura", "lauren", "layla", "leah",
    "leanne", "leila", "lena", "leona", "lerato", "lesley", "leyla", "lillian", "lily", "lina",
    "linda", "linnea", "lisa", "liv", "lizzie", "lois", "lorna", "lorraine", "louise", "lucia",
    "lucille", "lucy", "lucía", "luisa", "lydia", "lyudmila", "mabel", "madeleine", "maeve",
    "magda", "magdalena", "maggie", "mairead", "mandy", "marcia", "margaret", "margarita", "margot",
    "marguerite", "maria", "mariam", "mariana", "marianne", "marie", "mariko", "marilyn", "marina",
    "marion", "marisol", "marjorie", "marlene", "marta", "martha", "martina", "mary", "maryam",
    "maureen", "mavis", "maxine", "maya", "meera", "megan", "mei", "melanie", "melissa", "mercy",
    "mia", "michelle", "mildred", "millie", "mira", "miranda", "miriam", "moira", "molly", "monica",
    "morag", "muriel", "myra", "nadia", "nadine", "naledi", "nancy", "naoko", "naomi", "nasrin",
    "natalia", "natalie", "natasha", "neha", "nell", "ngozi", "niamh", "nicola", "nicole", "nina",
    "nisha", "nkechi", "nomvula", "noor", "nora", "norah", "norma", "noura", "odette", "oksana",
    "olena", "olga", "olive", "olivia", "paige", "palesa", "pamela", "paola", "parisa", "patricia",
    "paula", "pauline", "pearl", "peg", "peggy", "penelope", "penny", "philippa", "phoebe",
    "phyllis", "pilar", "polly", "pooja", "precious", "priscilla", "priya", "priyanka", "prudence",
    "rachael", "rachel", "radha", "rana", "rania", "rebecca", "rebekah", "regina", "rekha",
    "renata", "renee", "rhiannon", "rita", "roberta", "robyn", "rochelle", "rosa", "rosalind",
    "rose", "rosemary", "rosie", "rowena", "roxanne", "ruby", "ruth", "sabine", "sabrina", "sakura",
    "sally", "salma", "samantha", "samira", "sandra", "sara", "sarah", "selina", "serena",
    "shannon", "sharon", "sheila", "shelley", "shirin", "shreya", "sigrid", "silvia", "simone",
    "sinead", "siobhan", "sofia", "sonia", "sonya", "sophie", "stacey", "stella", "stephanie",
    "sunita", "susan", "susanna", "susie", "suzanne", "svetlana", "sylvia", "tamara", "tamsin",
    "tanya", "tara", "tatiana", "teresa", "tessa", "thandeka", "thelma", "theresa", "tilly", "tina",
    "tracey", "tracy", "trudy", "ursula", "ute", "valentina", "valeria", "valerie", "vanessa",
    "vera", "veronica", "vicky", "victoria", "viola", "violet", "virginia", "vivienne", "wanda",
    "wanjiku", "wanjiru", "wendy", "winifred", "yara", "yasmin", "yasmine", "yelena", "yetunde",
    "yoko", "yolanda", "yuki", "yumi", "yvette", "yvonne", "zahra", "zainab", "zara", "zelda",
    "zeynep", "zoe", "zofia", "zuzana",
];

/// Given names borne mostly by men.
#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "abbas", "abdel", "abdul", "abdullah", "adam", "adebayo", "ademola", "adrian", "ahmad",
    "ahmed", "ahmet", "aidan", "akira", "alan", "albert", "alberto", "alejandro", "aleksander",
    "alessandro", "alexander", "alfred", "alfredo", "ali", "alistair", "alvin", "amir", "amit",
    "anand", "anders", "andre", "andreas", "andrei", "andres", "andrew", "angus", "anil", "anthony",
    "antoine", "antonio", "archie", "arjun", "armando", "arnold", "arthur", "arturo", "arvind",
    "ashok", "augustine", "austin", "babajide", "barry", "basil", "behzad", "ben", "benedict",
    "benjamin", "benny", "bernard", "bernardo", "bill", "billy", "bjorn", "björn", "bob", "bobby",
    "bongani", "boris", "brad", "bradley", "brendan", "brett", "brian", "bruce", "bruno", "bryan",
    "byron", "callum", "calvin", "carl", "carlo", "carlos", "cedric", "cesar", "chad", "charles",
    "chidi", "chinedu", "chris", "christopher", "chukwuma", "clarence", "claude", "clifford",
    "clive", "colin", "connor", "conor", "cornelius", "craig", "curtis", "cyril", "daisuke", "dale",
    "damian", "damien", "dan", "daniel", "danny", "darius", "dariush", "darren", "dave", "david",
    "dean", "declan", "deepak", "dennis", "derek", "desmond", "dev", "diego", "dimitri", "dmitri",
    "dominic", "don", "donald", "douglas", "duncan", "dwayne", "dylan", "eamon", "eamonn", "eddie",
    "edgar", "edmund", "eduardo", "edward", "edwin", "elias", "elijah", "elliot", "emeka", "emil",
    "emilio", "emmanuel", "enrique", "eric", "erik", "ernest", "ernesto", "ethan", "eugene", "evan",
    "ewan", "fabio", "faisal", "farhad", "farid", "felix", "fergus", "fernando", "finn", "fintan",
    "francesco", "francis", "frank", "fraser", "fred", "freddie", "frederick", "gabriel", "gareth",
    "gary", "gavin", "geoffrey", "george", "gerald", "gerard", "gerhard", "gilbert", "giovanni",
    "glen", "glenn", "godfrey", "gonzalo", "gordon", "graham", "gregory", "gustav", "guy", "hamed",
    "hamid", "hamish", "hamza", "hans", "harish", "harold", "harry", "haruto", "harvey", "hassan",
    "hector", "heinrich", "henry", "herbert", "hiroshi", "hisham", "horace", "hossein", "howard",
    "hubert", "hugo", "humphrey", "hussein", "ian", "ibrahim", "ignacio", "imran", "isaac",
    "ismail", "ivan", "jack", "jacob", "jacques", "jakub", "jamal", "james", "jamil", "jan",
    "jared", "jason", "jasper", "javier", "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy",
    "joao", "joe", "joel", "johan", "johannes", "john", "johnny", "jon", "jonah", "jonas",
    "jonathan", "jonny", "jordi", "jorge", "jose", "josef", "joseph", "joshua", "joão", "juan",
    "jude", "jules", "julian", "julio", "jurgen", "justin", "jürgen", "kagiso", "kamal", "kamau",
    "kamran", "karim", "karl", "kasper", "keir", "keith", "kelvin", "ken", "kenji", "kenneth",
    "kenny", "kevin", "khalid", "kieran", "klaus", "kofi", "kojo", "kunle", "kwabena", "kwaku",
    "kwame", "kwesi", "kyle", "lance", "lars", "laurence", "lawrence", "lee", "leo", "leon",
    "leonard", "leonardo", "lewis", "liam", "lionel", "lloyd", "lorenzo", "louis", "luca", "lucas",
    "luis", "luke", "magnus", "mahesh", "mahmoud", "majid", "malcolm", "mandla", "manoj", "mansour",
    "manuel", "marcel", "marco", "marcus", "marek", "mario", "marius", "mark", "martin", "marvin",
    "masoud", "mateusz", "mathias", "matt", "matteo", "matthew", "maurice", "max", "maxwell",
    "mehdi", "mehmet", "mehran", "melvin", "micah", "michael", "mick", "mickey", "miguel", "mike",
    "miles", "milton", "mitchell", "mohamed", "mohammad", "mohammed", "mohsen", "morris", "moses",
    "muhammad", "murray", "musa", "mustafa", "nabil", "nasser", "nathan", "naveen", "ned", "neil",
    "nelson", "niall", "nicholas", "nick", "nigel", "nikolai", "nils", "noah", "noel", "norman",
    "obinna", "oleg", "oliver", "olumide", "oluwole", "omar", "orlando", "osama", "oscar", "oswald",
    "otto", "owen", "pablo", "pascal", "patrick", "paul", "pedro", "percy", "peter", "phil",
    "philip", "pierre", "pieter", "piotr", "pradeep", "prakash", "rafael", "rahul", "raj", "rajesh",
    "rajiv", "rakesh", "ralph", "ramesh", "ramon", "randall", "randy", "rashid", "raul", "ravi",
    "raymond", "reginald", "reza", "rhys", "ricardo", "richard", "rick", "ricky", "rob", "robbie",
    "robert", "roderick", "rodney", "rodrigo", "roger", "rohit", "roland", "rolf", "roman", "ron",
    "ronald", "ronnie", "rory", "ross", "roy", "rudolf", "rupert", "russell", "ryan", "saeed",
    "salim", "salvador", "sami", "samir", "samuel", "sanjay", "sanjeev", "santiago", "satoshi",
    "saul", "scott", "seamus", "sean", "sebastian", "segun", "sergei", "sergio", "shane", "sheldon",
    "sidney", "silas", "simon", "sipho", "spencer", "stan", "stanley", "stefan", "stephen", "steve",
    "steven", "stuart", "sunil", "suresh", "sven", "takeshi", "tariq", "teddy", "terence", "terry",
    "thabo", "themba", "theo", "theodore", "thomas", "tiago", "tim", "timothy", "tobias", "toby",
    "todd", "tom", "tomas", "tommy", "tony", "travis", "trevor", "tshepo", "tunde", "tyrone",
    "umar", "uwe", "vernon", "victor", "vijay", "vikram", "vincent", "vladimir", "vusi", "wade",
    "walid", "wallace", "walter", "warren", "wayne", "wesley", "wilfred", "will", "willem",
    "william", "winston", "wolfgang", "xavier", "yannick", "yasser", "yaw", "youssef", "yuri",
    "yusuf", "zachary", "zaid", "zoltan",
];

/// Whether a person's name shows they are a woman (`Some(true)`) or a man
/// (`Some(false)`), by its first word.
pub fn sex_of(name: &str) -> Option<bool> {
    let first = name.split_whitespace().next()?.to_lowercase();
    if FEMALE.binary_search(&first.as_str()).is_ok() {
        Some(true)
    } else if MALE.binary_search(&first.as_str()).is_ok() {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_apart() {
        for list in [FEMALE, MALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(FEMALE.iter().all(|f| MALE.binary_search(f).is_err()));
    }

    #[test]
    fn first_names_tell() {
        assert_eq!(sex_of("Ruth Vandermeer"), Some(true));
        assert_eq!(sex_of("Pieter Vandermeer"), Some(false));
        assert_eq!(sex_of("Harold Pike"), Some(false));
        assert_eq!(sex_of("Mavis Greer"), Some(true));
        // A name borne by both tells nothing.
        assert_eq!(sex_of("Jordan Asante"), None);
        assert_eq!(sex_of("Gulf Longshore Workers Union"), None);
    }
}
