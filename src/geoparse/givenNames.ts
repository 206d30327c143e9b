// Given names: a capitalised word after one is a surname (Afrim Bunjaku, Dragana Kamenica), and one
// before a capitalised word is a person's (Dren Gashi, Milan Radoičić). Curated by hand, not complete:
// a capitalised word before a name in mid-sentence counts as a given name anyway (persons.ts); this
// list also covers a name that opens a sentence, and the given names that are places themselves (Dren,
// Milan, Luka, Sofija, Vlora).
//
// Sources, one group each:
// - Albanian (Kosovo): Kosovo Agency of Statistics, "Names and Surnames in Kosovo" (March 2013, from the
//   2011 census: the most frequent names, by municipality and period of birth), and its yearly "Birth
//   statistics" releases (the newborns' most frequent names);
// - Albanian (Albania): INSTAT, the most popular names of 1907–2017 from the civil status office, as
//   published with its municipal rankings (2021);
// - Serbian: Statistical Office of the Republic of Serbia, "Najčešća imena i prezimena" (most frequent
//   names and surnames; 2011 and 2022 censuses) and its yearly ranking of newborns' names;
// - people of the region's and the world's news (the names the stories and gold texts met).

const ALBANIAN =
  'Adem Afrim Afërdita Agim Agron Ajan Alban Albin Alea Ali Alma Altin Andi Arben Arbnor Arbnora Ardian ' +
  'Ardit Ardita Arian Arta Artan Arton Astrit Avdullah Avni Azem Bajram Baki Bardh Bashkim Behgjet Bekim ' +
  'Besa Besart Besim Besnik Blerim Blerina Blerta Bujar Bukurie Burim Dardan Dion Donika Drilon Drita ' +
  'Driton Dren Edi Edona Egzon Elvir Enver Erza Ervin Fatime Fatmir Faton Fisnik Fitim Fitore Flamur ' +
  'Flora Gazmend Gentian Gjergj Glauk Gëzim Gezim Hajrullah Hashim Hysen Ilir Ilirjana Isa Jakup Jetmir ' +
  'Kadri Klajdi Kujtim Kushtrim Labinot Leonora Lindita Liridon Lirie Lulzim Lumnije Lutfi Majlinda ' +
  'Mentor Merita Mimoza Mirlinda Muhamet Naim Nexhmedin Petrit Qëndrim Ramush Rexhep Rinor Sabrie ' +
  'Shkelzen Shpend Shpresa Skender Teuta Valbona Valdet Valon Veton Vesel Visar Vjollca Vjosa Vlora ' +
  'Xhelal Ymer Zana Zoje';

const SERBIAN =
  'Aleksa Aleksandar Aleksandra Ana Biljana Bogdan Boris Branislav Branko Božidar Dalibor Danijela Dejan ' +
  'Dragan Dragana Dragoljub Dunja Dušan Dusan Đorđe Djordje Filip Goran Gordana Igor Ivan Ivana Ivica ' +
  'Jasmina Jelena Jovan Lazar Ljiljana Ljubomir Luka Marija Marko Mihajlo Mila Milan Milena Milica ' +
  'Milorad Miloš Milos Miodrag Mirjana Miroslav Mladen Nada Nađa Nebojša Nebojsa Nenad Nikola Nikolina ' +
  'Petar Predrag Rade Radmila Radoslav Sanja Sara Slavko Slobodan Snežana Sofija Srđan Srdjan Stefan ' +
  'Tanja Tara Teodora Tijana Uroš Uros Vasilije Vesna Vladimir Vojislav Vuk Vukan Vukašin Zlatko Zoran ' +
  'Zvonko Željko Jadranka Nataša Natasa Tatjana';

const NEWS =
  'Albin Antony Anna Angela Andrew Barack Boris Brian Charles Daniel David Derek Donald Dmitry Edward ' +
  'Emmanuel Gabriel Gabriele George Giorgia Hakan Hillary Ibrahim Jake James Jeffrey Jens Joe John Josep ' +
  'Josip Kamala Keir Kevin Maria Mark Matthew Michael Olaf Paul Peter Philip Recep Richard Rishi Robert ' +
  'Sergei Sergey Steven Tayyip Thomas Ursula William Xi Andrej Miroslav Edi Lutfi';

export const GIVEN_NAMES: ReadonlySet<string> = new Set(`${ALBANIAN} ${SERBIAN} ${NEWS}`.split(' '));
