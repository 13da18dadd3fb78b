// Given names and family names that very many people share, in the cultures whose names the lists and our
// users' counterparties carry (Arabic, Persian, Turkic, Russian and Ukrainian, Chinese, Korean, Vietnamese,
// South Asian, Spanish and Portuguese, English, German, French). Compiled for the project from published
// frequency rankings of first names and surnames (national statistics offices' top lists); spellings are the
// common romanisations. A name made only of such words says little about who is meant: matched alone they
// weigh less (see defaultTokenWeight), so "Carlos Garcia" does not stand for "GARCIA, Carlos Alberto".

const GIVEN = `mohammed muhammad mohamed mohammad mohamad ahmed ahmad ali hassan hasan hussein husain hossein
omar umar abdullah abdallah khalid khaled ibrahim youssef yousef yusuf mahmoud mahmud mustafa mostafa
abdul abdel abdelaziz abdulaziz abdulrahman abdelrahman saleh salih said saeed saad hamid hamed
reza mehdi amir fatima fatemeh aisha maryam mariam zahra zainab nour noura sara sarah leila layla
mehmet ahmet ayse fatma emine murat huseyin ismail osman
alexander aleksandr alexandr sergei sergey dmitry dmitri andrei andrey ivan vladimir igor oleg nikolai
nikolay mikhail yuri viktor pavel alexei aleksey olga elena natalia natalya irina tatiana svetlana anna
wei fang jing li ming jun lei yan hui xin yong jie ping hong min hua lin
minh anh hung linh tuan huong thanh dung hoa nam van thi duc
rahul amit priya sunil anil raj rajesh suresh ramesh vijay sanjay deepak kumar
jose juan carlos luis maria jorge miguel pedro antonio manuel francisco javier ana carmen rosa
joao paulo
james john robert michael william david richard thomas charles mary jennifer linda patricia elizabeth
peter paul mark george daniel joseph
hans klaus stefan andreas michael peter jean pierre michel philippe marie`;

const FAMILY = `hassan ali ahmed ahmad mohamed mohammed muhammad ibrahim mahmoud abdullah saleh khalil hussein
rahman khan shah hosseini mohammadi ahmadi rezaei karimi hashemi moradi jafari rahimi
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir
ivanov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov petrov volkov
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang
kim lee park choi jung kang cho yoon jang lim
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
singh kumar sharma patel gupta das reddy rao
garcia rodriguez martinez lopez gonzalez hernandez perez sanchez ramirez torres flores rivera gomez
diaz fernandez silva santos oliveira souza pereira costa ferreira
smith johnson williams brown jones miller davis wilson taylor anderson thomas moore martin jackson
muller schmidt schneider fischer weber meyer wagner becker
bernard dubois durand leroy moreau`;

export const COMMON_NAME_WORDS: ReadonlySet<string> = new Set(
  `${GIVEN} ${FAMILY}`.split(/\s+/).filter(Boolean),
);
