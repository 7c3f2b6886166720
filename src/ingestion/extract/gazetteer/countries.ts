/**
 * World countries and territories as data: `Name|Demonym[,other adjectives]|Capital|aliases|plural noun`.
 * The plural noun (the people: "Russians", "Sudanese") is given only where adding "s" to the demonym is
 * wrong. Territories that news treats like countries (Gaza Strip, West Bank, Kosovo, Taiwan) are here too.
 */
export const COUNTRY_DATA = `
Afghanistan|Afghan|Kabul||Afghans
Albania|Albanian|Tirana||
Algeria|Algerian|Algiers||
Andorra|Andorran|Andorra la Vella||
Angola|Angolan|Luanda||
Antigua and Barbuda|Antiguan|Saint John's||
Argentina|Argentine,Argentinian|Buenos Aires||Argentines
Armenia|Armenian|Yerevan||
Australia|Australian|Canberra||
Austria|Austrian|Vienna||
Azerbaijan|Azerbaijani,Azeri|Baku||
Bahamas|Bahamian|Nassau|The Bahamas|
Bahrain|Bahraini|Manama||
Bangladesh|Bangladeshi|Dhaka||
Barbados|Barbadian|Bridgetown||
Belarus|Belarusian,Belarussian|Minsk||
Belgium|Belgian|Brussels||
Belize|Belizean|Belmopan||
Benin|Beninese|Porto-Novo||Beninese
Bhutan|Bhutanese|Thimphu||Bhutanese
Bolivia|Bolivian|Sucre,La Paz||
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia|
Botswana|Botswanan,Motswana|Gaborone||Batswana
Brazil|Brazilian|Brasilia|Brasília|
Brunei|Bruneian|Bandar Seri Begawan||
Bulgaria|Bulgarian|Sofia||
Burkina Faso|Burkinabe|Ouagadougou||Burkinabe
Burundi|Burundian|Gitega||
Cambodia|Cambodian|Phnom Penh||
Cameroon|Cameroonian|Yaounde|Yaoundé|
Canada|Canadian|Ottawa||
Cape Verde|Cape Verdean|Praia|Cabo Verde|
Central African Republic|Central African|Bangui|CAR|Central Africans
Chad|Chadian|N'Djamena||
Chile|Chilean|Santiago||
China|Chinese|Beijing|People's Republic of China,PRC|Chinese
Colombia|Colombian|Bogota|Bogotá|
Comoros|Comoran,Comorian|Moroni||
Congo|Congolese|Brazzaville|Republic of the Congo,Congo-Brazzaville|Congolese
Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo,DRC,Congo-Kinshasa,Democratic Republic of Congo|Congolese
Costa Rica|Costa Rican|San Jose||
Croatia|Croatian,Croat|Zagreb||Croats
Cuba|Cuban|Havana||
Cyprus|Cypriot|Nicosia||
Czech Republic|Czech|Prague|Czechia|Czechs
Denmark|Danish|Copenhagen||Danes
Djibouti|Djiboutian|Djibouti||
Dominica|Dominican|Roseau||
Dominican Republic|Dominican|Santo Domingo||
Ecuador|Ecuadorian|Quito||
Egypt|Egyptian|Cairo||
El Salvador|Salvadoran|San Salvador||
Equatorial Guinea|Equatoguinean|Malabo||
Eritrea|Eritrean|Asmara||
Estonia|Estonian|Tallinn||
Eswatini|Swazi|Mbabane|Swaziland|Swazis
Ethiopia|Ethiopian|Addis Ababa||
Fiji|Fijian|Suva||
Finland|Finnish|Helsinki||Finns
France|French|Paris||French
Gabon|Gabonese|Libreville||Gabonese
Gambia|Gambian|Banjul|The Gambia|
Georgia|Georgian|Tbilisi||
Germany|German|Berlin||
Ghana|Ghanaian|Accra||
Greece|Greek|Athens||
Grenada|Grenadian|St. George's||
Guatemala|Guatemalan|Guatemala City||
Guinea|Guinean|Conakry||
Guinea-Bissau|Bissau-Guinean|Bissau||
Guyana|Guyanese|Georgetown||Guyanese
Haiti|Haitian|Port-au-Prince||
Honduras|Honduran|Tegucigalpa||
Hungary|Hungarian|Budapest||
Iceland|Icelandic|Reykjavik||Icelanders
India|Indian|New Delhi||
Indonesia|Indonesian|Jakarta||
Iran|Iranian|Tehran|Islamic Republic of Iran|
Iraq|Iraqi|Baghdad||
Ireland|Irish|Dublin|Republic of Ireland|Irish
Israel|Israeli|Jerusalem||
Italy|Italian|Rome||
Ivory Coast|Ivorian|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire|
Jamaica|Jamaican|Kingston||
Japan|Japanese|Tokyo||Japanese
Jordan|Jordanian|Amman||
Kazakhstan|Kazakh,Kazakhstani|Astana||Kazakhs
Kenya|Kenyan|Nairobi||
Kiribati|I-Kiribati|Tarawa||
Kosovo|Kosovan,Kosovar|Pristina||Kosovars
Kuwait|Kuwaiti|Kuwait City||
Kyrgyzstan|Kyrgyz|Bishkek||Kyrgyz
Laos|Lao,Laotian|Vientiane||Laotians
Latvia|Latvian|Riga||
Lebanon|Lebanese|Beirut||Lebanese
Lesotho|Basotho|Maseru||Basotho
Liberia|Liberian|Monrovia||
Libya|Libyan|Tripoli||
Liechtenstein|Liechtensteiner|Vaduz||
Lithuania|Lithuanian|Vilnius||
Luxembourg|Luxembourgish|Luxembourg||Luxembourgers
Madagascar|Malagasy|Antananarivo||Malagasy
Malawi|Malawian|Lilongwe||
Malaysia|Malaysian|Kuala Lumpur||
Maldives|Maldivian|||
Mali|Malian|Bamako||
Malta|Maltese|Valletta||Maltese
Marshall Islands|Marshallese|Majuro||Marshallese
Mauritania|Mauritanian|Nouakchott||
Mauritius|Mauritian|Port Louis||
Mexico|Mexican|Mexico City||
Micronesia|Micronesian|Palikir||
Moldova|Moldovan|Chisinau|Chișinău|
Monaco|Monegasque|Monaco||
Mongolia|Mongolian|Ulaanbaatar||
Montenegro|Montenegrin|Podgorica||
Morocco|Moroccan|Rabat||
Mozambique|Mozambican|Maputo||
Myanmar|Myanmar,Burmese|Naypyidaw|Burma|Burmese
Namibia|Namibian|Windhoek||
Nauru|Nauruan|Yaren||
Nepal|Nepalese,Nepali|Kathmandu||Nepalis
Netherlands|Dutch|Amsterdam|The Netherlands,Holland|Dutch
New Zealand|New Zealand|Wellington||New Zealanders
Nicaragua|Nicaraguan|Managua||
Niger|Nigerien|Niamey||
Nigeria|Nigerian|Abuja||
North Korea|North Korean|Pyongyang|DPRK|
North Macedonia|Macedonian|Skopje|Macedonia|
Norway|Norwegian|Oslo||
Oman|Omani|Muscat||
Pakistan|Pakistani|Islamabad||
Palau|Palauan|Ngerulmud||
Palestine|Palestinian|Ramallah|Palestinian territories,State of Palestine|
Panama|Panamanian|Panama City||
Papua New Guinea|Papua New Guinean|Port Moresby||
Paraguay|Paraguayan|Asuncion||
Peru|Peruvian|Lima||
Philippines|Philippine,Filipino|Manila|The Philippines|Filipinos
Poland|Polish|Warsaw||Poles
Portugal|Portuguese|Lisbon||Portuguese
Qatar|Qatari|Doha||
Romania|Romanian|Bucharest||
Russia|Russian|Moscow|Russian Federation|
Rwanda|Rwandan|Kigali||
Saint Kitts and Nevis|Kittitian|Basseterre||
Saint Lucia|Saint Lucian|Castries||
Saint Vincent and the Grenadines|Vincentian|Kingstown||
Samoa|Samoan|Apia||
San Marino|Sammarinese|San Marino||
Sao Tome and Principe|Santomean|Sao Tome||
Saudi Arabia|Saudi|Riyadh||Saudis
Senegal|Senegalese|Dakar||Senegalese
Serbia|Serbian,Serb|Belgrade||Serbs
Seychelles|Seychellois|||Seychellois
Sierra Leone|Sierra Leonean|Freetown||
Singapore|Singaporean|Singapore||
Slovakia|Slovak|Bratislava||Slovaks
Slovenia|Slovenian,Slovene|Ljubljana||
Solomon Islands|Solomon Islander|Honiara||
Somalia|Somali|Mogadishu||Somalis
South Africa|South African|Pretoria||
South Korea|South Korean|Seoul|Republic of Korea|
South Sudan|South Sudanese|Juba||South Sudanese
Spain|Spanish|Madrid||Spaniards
Sri Lanka|Sri Lankan|Colombo||
Sudan|Sudanese|Khartoum||Sudanese
Suriname|Surinamese|Paramaribo||
Sweden|Swedish|Stockholm||Swedes
Switzerland|Swiss|Bern||Swiss
Syria|Syrian|Damascus||
Taiwan|Taiwanese|Taipei||Taiwanese
Tajikistan|Tajik|Dushanbe||Tajiks
Tanzania|Tanzanian|Dodoma||
Thailand|Thai|Bangkok||Thais
Timor-Leste|Timorese|Dili|East Timor|Timorese
Togo|Togolese|Lome||Togolese
Tonga|Tongan|Nuku'alofa||
Trinidad and Tobago|Trinidadian|Port of Spain||
Tunisia|Tunisian|Tunis||
Turkey|Turkish|Ankara|Turkiye,Türkiye|Turks
Turkmenistan|Turkmen|Ashgabat||Turkmens
Tuvalu|Tuvaluan|Funafuti||
Uganda|Ugandan|Kampala||
Ukraine|Ukrainian|Kyiv||
United Arab Emirates|Emirati|Abu Dhabi|UAE|
United Kingdom|British|London|UK,Britain,Great Britain|Britons
United States|American|Washington|US,U.S.,USA,United States of America,America|Americans
Uruguay|Uruguayan|Montevideo||
Uzbekistan|Uzbek|Tashkent||Uzbeks
Vanuatu|Ni-Vanuatu|Port Vila||
Vatican City|Vatican|Vatican City|Holy See|
Venezuela|Venezuelan|Caracas||
Vietnam|Vietnamese|Hanoi|Viet Nam|Vietnamese
Yemen|Yemeni|Sanaa|Sana'a|Yemenis
Zambia|Zambian|Lusaka||
Zimbabwe|Zimbabwean|Harare||
Gaza Strip|Palestinian,Gazan|Gaza City|Gaza|Palestinians
West Bank|Palestinian|Ramallah||
Western Sahara|Sahrawi|Laayoune||Sahrawis
Greenland|Greenlandic|Nuuk||Greenlanders
Puerto Rico|Puerto Rican|San Juan||
Hong Kong|Hong Konger|Hong Kong||Hong Kongers
`;
