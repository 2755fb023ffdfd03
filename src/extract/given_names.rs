//! Common given names that tell a person's sex, so that `she said` is not
//! given to a man named just before. A name not listed tells nothing.

/// Given names borne mostly by women.
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abena", "abigail", "ada", "adaeze", "agnes", "agnieszka", "aisha", "akosua", "alice", "alicia",
    "alina", "alison", "amal", "amanda", "amara", "amelia", "amina", "amy", "ana", "andrea",
    "angela", "anita", "anjali", "ann", "anna", "anne", "annika", "anya", "astrid", "aurelie",
    "ayesha", "barbara", "beatriz", "bella", "beth", "brenda", "bridget", "bronwen", "caitlin",
    "camila", "carla", "carmen", "carol", "caroline", "catherine", "charlotte", "chiara", "chioma",
    "chloe", "christine", "claire", "clara", "claudette", "claudia", "dagmar", "daniela", "deborah",
    "deepa", "denise", "diana", "dolores", "donna", "eilidh", "eleanor", "elena", "elif", "elise",
    "elizabeth", "ellen", "emilia", "emily", "emma", "erin", "esther", "eszter", "eva", "fatima",
    "fatma", "fiona", "folake", "francesca", "freya", "gabriela", "gemma", "giulia", "grace",
    "greta", "hannah", "harriet", "hayley", "heather", "heike", "helen", "helena", "hilary", "hina",
    "ilse", "imogen", "ines", "ingrid", "irene", "irina", "isabel", "isabella", "isla", "jane",
    "janet", "jennifer", "jessica", "joan", "joanna", "jodie", "josephine", "judith", "julia",
    "julie", "karen", "karin", "katarzyna", "kate", "katherine", "kathleen", "katie", "kavita",
    "kayleigh", "keisha", "kirsty", "lakshmi", "laura", "lauren", "layla", "leanne", "leila",
    "lena", "leona", "lina", "linda", "linnea", "lisa", "lucia", "lucy", "lucía", "magdalena",
    "margaret", "margarita", "marguerite", "maria", "mariam", "marie", "marina", "marta", "martina",
    "mary", "maya", "meera", "megan", "mei", "melissa", "michelle", "mira", "miriam", "molly",
    "monica", "nadia", "nancy", "natalia", "natasha", "ngozi", "nicola", "nina", "noor", "nora",
    "oksana", "olena", "olga", "olivia", "paola", "patricia", "paula", "pauline", "priya", "rachel",
    "rania", "rebecca", "rebekah", "rosa", "rose", "ruby", "ruth", "sally", "salma", "samantha",
    "sandra", "sara", "sarah", "shirin", "sigrid", "siobhan", "sofia", "sophie", "sunita", "susan",
    "svetlana", "tamara", "tanya", "tatiana", "teresa", "tracy", "ursula", "valerie", "vanessa",
    "victoria", "wendy", "yara", "yasmin", "yasmine", "yuki", "zainab", "zeynep", "zoe", "zofia",
];

/// Given names borne mostly by men.
#[rustfmt::skip]
const MALE: &[&str] = &[
    "abbas", "adam", "adrian", "ahmad", "ahmed", "alan", "aleksander", "alexander", "ali",
    "alistair", "anders", "andreas", "andrew", "anthony", "antoine", "antonio", "arjun", "arthur",
    "ben", "benjamin", "bernard", "bjorn", "björn", "boris", "brian", "callum", "carl", "carlos",
    "charles", "chinedu", "chris", "christopher", "colin", "connor", "craig", "dale", "daniel",
    "darren", "david", "dennis", "derek", "diego", "dimitri", "dmitri", "donald", "douglas",
    "dylan", "edward", "emeka", "emmanuel", "eric", "erik", "fabio", "felix", "fernando",
    "francesco", "francis", "frank", "gareth", "gary", "geoffrey", "george", "gerald", "giovanni",
    "gordon", "graham", "gregory", "hamid", "hans", "harry", "hassan", "henry", "hiroshi",
    "hossein", "hugo", "ian", "ibrahim", "ivan", "jack", "jacob", "jakub", "james", "jan", "jason",
    "javier", "jeffrey", "joao", "john", "jonas", "jonathan", "jorge", "jose", "joseph", "joão",
    "juan", "julian", "jurgen", "jürgen", "karl", "keith", "kenji", "kenneth", "kevin", "khalid",
    "klaus", "kofi", "kwabena", "kwame", "lars", "lee", "leonard", "liam", "lorenzo", "louis",
    "luca", "lucas", "luis", "magnus", "marco", "marek", "mark", "martin", "masoud", "mateusz",
    "matthew", "mehmet", "michael", "miguel", "mohammed", "muhammad", "mustafa", "nathan", "neil",
    "nicholas", "nigel", "nils", "oliver", "olumide", "omar", "oscar", "owen", "patrick", "paul",
    "pedro", "peter", "philip", "pieter", "piotr", "rahul", "rajesh", "ramon", "ravi", "raymond",
    "rhys", "richard", "robert", "roderick", "rodrigo", "roger", "samuel", "sanjay", "scott",
    "sean", "sergei", "simon", "stefan", "stephen", "steve", "steven", "stuart", "sven", "takeshi",
    "thabo", "thomas", "tiago", "timothy", "tobias", "tom", "tomas", "tony", "tunde", "victor",
    "vikram", "vladimir", "walter", "william", "wolfgang", "yaw", "youssef", "yusuf",
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
        assert_eq!(sex_of("Gulf Longshore Workers Union"), None);
    }
}
