/**
 * Cities and towns as data, one country a line: `Country: City, City=alias/alias, …`. Capitals come from
 * countries.ts. The list favours large cities everywhere and the towns that conflict and disaster
 * reporting keeps naming (Ukraine, Russia, the Middle East, the Sahel and Horn of Africa, South Asia).
 */
export const CITY_DATA = `
Afghanistan: Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz, Lashkar Gah, Ghazni, Khost, Bamiyan
Algeria: Oran, Constantine, Annaba, Blida
Angola: Huambo, Lobito, Benguela
Argentina: Cordoba=Córdoba, Rosario, Mendoza, La Plata, Mar del Plata
Armenia: Gyumri, Vanadzor, Goris
Australia: Sydney, Melbourne, Brisbane, Perth, Adelaide, Darwin, Hobart, Lismore
Austria: Graz, Linz, Salzburg, Innsbruck
Azerbaijan: Ganja, Sumgait, Shusha, Stepanakert=Khankendi, Lachin
Bangladesh: Chittagong=Chattogram, Khulna, Sylhet, Rajshahi, Cox's Bazar
Belarus: Gomel=Homel, Brest, Grodno=Hrodna, Vitebsk, Mogilev
Belgium: Antwerp, Ghent, Liege, Bruges
Bolivia: Santa Cruz, Cochabamba, El Alto
Brazil: Sao Paulo=São Paulo, Rio de Janeiro, Salvador, Fortaleza, Belo Horizonte, Manaus, Recife, Porto Alegre, Curitiba, Belem
Bulgaria: Plovdiv, Varna, Burgas
Burkina Faso: Bobo-Dioulasso, Djibo, Kaya, Ouahigouya, Dori
Cameroon: Douala, Bamenda, Maroua, Buea
Canada: Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Quebec City, Halifax
Chad: Abeche, Moundou, Adre
Chile: Valparaiso, Concepcion, Antofagasta, Vina del Mar
China: Shanghai, Guangzhou, Shenzhen, Chongqing, Tianjin, Wuhan, Chengdu, Xi'an, Nanjing, Hangzhou, Harbin, Zhengzhou, Urumqi, Lhasa, Kunming, Shenyang, Qingdao, Dalian, Xiamen
Colombia: Medellin=Medellín, Cali, Barranquilla, Cartagena, Cucuta
Croatia: Rijeka, Osijek, Vukovar
Cuba: Santiago de Cuba, Camaguey
Czech Republic: Brno, Ostrava, Plzen
Democratic Republic of the Congo: Goma, Bukavu, Lubumbashi, Kisangani, Beni, Butembo, Bunia, Kananga, Mbuji-Mayi, Uvira
Ecuador: Guayaquil, Cuenca
Egypt: Alexandria, Giza, Port Said, Suez, Luxor, Aswan, El Arish=Arish, Ismailia
Ethiopia: Mekelle, Gondar, Bahir Dar, Dire Dawa, Adama, Hawassa, Dessie, Lalibela, Shire, Axum=Aksum, Humera
France: Marseille, Lyon, Toulouse, Nantes, Strasbourg, Bordeaux, Lille, Montpellier
Georgia: Batumi, Kutaisi, Gori, Tskhinvali, Sukhumi
Germany: Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dusseldorf=Düsseldorf, Leipzig, Dresden, Hanover, Nuremberg, Bonn
Ghana: Kumasi, Tamale
Greece: Thessaloniki, Patras, Larissa, Volos, Lesbos
Guatemala: Quetzaltenango
Haiti: Cap-Haitien, Les Cayes, Jacmel, Gonaives
India: Mumbai=Bombay, Delhi, Kolkata=Calcutta, Chennai=Madras, Bangalore=Bengaluru, Hyderabad, Ahmedabad, Pune, Jaipur, Lucknow, Srinagar, Jammu, Imphal, Guwahati, Patna, Bhopal, Kochi, Amritsar, Surat, Kanpur, Nagpur
Indonesia: Surabaya, Bandung, Medan, Semarang, Makassar, Palu, Banda Aceh, Yogyakarta, Denpasar, Mataram
Iran: Mashhad, Isfahan, Tabriz, Shiraz, Ahvaz, Qom, Kerman, Zahedan, Kermanshah, Bandar Abbas, Natanz
Iraq: Mosul, Basra, Erbil, Kirkuk, Najaf, Karbala, Fallujah, Ramadi, Tikrit, Sulaymaniyah, Samarra, Baqubah, Sinjar, Duhok
Israel: Tel Aviv, Haifa, Ashkelon, Ashdod, Sderot, Beersheba=Beer Sheva, Eilat, Netanya, Nazareth, Kiryat Shmona, Ofakim, Metula, Nahariya
Italy: Milan, Naples, Turin, Palermo, Genoa, Bologna, Florence, Venice, Bari, Catania, Lampedusa
Japan: Osaka, Yokohama, Nagoya, Sapporo, Kobe, Kyoto, Fukuoka, Hiroshima, Sendai, Fukushima, Kumamoto, Wajima
Jordan: Zarqa, Irbid, Aqaba
Kazakhstan: Almaty, Shymkent, Karaganda
Kenya: Mombasa, Kisumu, Nakuru, Eldoret, Garissa, Lamu
Lebanon: Tripoli, Sidon, Tyre, Baalbek, Nabatieh, Byblos, Zahle
Libya: Benghazi, Misrata, Derna, Sirte, Tobruk, Sabha, Zawiya
Malaysia: George Town, Johor Bahru, Ipoh, Kota Kinabalu
Mali: Gao, Timbuktu, Kidal, Mopti, Sikasso, Segou, Menaka
Mexico: Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juarez, Acapulco, Culiacan, Cancun
Moldova: Tiraspol, Balti
Morocco: Casablanca, Marrakesh=Marrakech, Fez, Tangier, Agadir, Meknes
Mozambique: Beira, Nampula, Pemba, Palma, Mocimboa da Praia
Myanmar: Yangon=Rangoon, Mandalay, Sittwe, Lashio, Myawaddy, Bago
Nepal: Pokhara, Lalitpur, Bhaktapur
Niger: Agadez, Zinder, Maradi, Tillaberi, Diffa
Nigeria: Lagos, Kano, Ibadan, Port Harcourt, Maiduguri, Kaduna, Benin City, Jos, Zaria, Sokoto, Yola, Makurdi
Pakistan: Karachi, Lahore, Faisalabad, Rawalpindi, Peshawar, Quetta, Multan, Hyderabad, Gwadar, Sukkur
Palestine: Hebron, Nablus, Jenin, Bethlehem, Jericho, Tulkarm, Qalqilya, East Jerusalem
Gaza Strip: Khan Younis=Khan Yunis, Rafah, Deir al-Balah, Jabalia, Beit Hanoun, Beit Lahia, Nuseirat, Bureij, Maghazi, Shujaiya
Peru: Arequipa, Trujillo, Cusco
Philippines: Quezon City, Davao, Cebu, Zamboanga, Marawi, Tacloban
Poland: Krakow=Kraków, Lodz, Wroclaw, Gdansk, Poznan, Lublin, Rzeszow, Przemysl, Szczecin
Romania: Cluj-Napoca, Timisoara, Iasi, Constanta, Galati
Russia: Saint Petersburg=St. Petersburg/St Petersburg, Novosibirsk, Yekaterinburg, Kazan, Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don=Rostov, Ufa, Krasnoyarsk, Voronezh, Perm, Volgograd, Krasnodar, Belgorod, Kursk, Bryansk, Sochi, Novorossiysk, Kaliningrad, Murmansk, Vladivostok, Grozny, Makhachkala, Taganrog, Pskov, Smolensk, Tula, Engels, Irkutsk, Khabarovsk, Yeysk, Shebekino, Sudzha
Rwanda: Gisenyi, Butare
Saudi Arabia: Jeddah, Mecca, Medina, Dammam, Abha, Jizan=Jazan, Najran
Serbia: Novi Sad, Nis
Somalia: Hargeisa, Kismayo, Baidoa, Beledweyne, Garowe, Bosaso, Galkayo
South Africa: Johannesburg, Cape Town, Durban, Port Elizabeth=Gqeberha, Bloemfontein, Soweto
South Korea: Busan, Incheon, Daegu, Daejeon, Gwangju
South Sudan: Malakal, Bor, Wau, Bentiu, Renk
Spain: Barcelona, Valencia, Seville, Zaragoza, Malaga, Bilbao, Ceuta, Melilla
Sri Lanka: Kandy, Jaffna, Galle, Trincomalee
Sudan: Omdurman, Khartoum North=Bahri, Port Sudan, El Fasher=Al-Fashir/El-Fasher, Nyala, El Geneina=Geneina, Wad Madani, Kassala, El Obeid, Kadugli, Zalingei, Ed Daein, Atbara, Dongola, Gedaref, Kosti, Kutum
Syria: Aleppo, Homs, Hama, Latakia, Idlib, Raqqa, Deir ez-Zor=Deir al-Zor, Daraa, Tartus, Qamishli, Kobani, Afrin, Manbij, Douma, Palmyra, Al-Bab, Hasakah, Jableh, Suwayda=Sweida
Taiwan: Kaohsiung, Taichung, Tainan, Hualien
Tanzania: Dar es Salaam, Zanzibar, Arusha, Mwanza
Thailand: Chiang Mai, Phuket, Pattaya
Tunisia: Sfax, Sousse, Kairouan
Turkey: Istanbul, Izmir, Bursa, Antalya, Adana, Gaziantep, Konya, Diyarbakir, Kahramanmaras, Hatay, Antakya, Malatya, Adiyaman, Osmaniye, Iskenderun, Sanliurfa, Mersin, Kilis, Elazig
Uganda: Gulu, Mbarara, Jinja
Ukraine: Kharkiv=Kharkov, Odesa=Odessa, Dnipro=Dnipropetrovsk, Donetsk, Zaporizhzhia=Zaporizhzhya/Zaporozhye, Lviv, Kryvyi Rih, Mykolaiv=Nikolaev/Mykolayiv, Mariupol, Luhansk=Lugansk, Vinnytsia, Makiivka, Simferopol, Kherson, Poltava, Chernihiv, Cherkasy, Khmelnytskyi, Chernivtsi, Zhytomyr, Sumy, Rivne, Horlivka, Ivano-Frankivsk, Kramatorsk, Kropyvnytskyi, Ternopil, Kremenchuk, Lutsk, Bila Tserkva, Kerch, Melitopol, Uzhhorod, Sloviansk, Berdiansk, Nikopol, Sievierodonetsk=Severodonetsk, Lysychansk, Bakhmut=Artemivsk, Avdiivka, Izium=Izyum, Kupiansk, Lyman, Enerhodar, Nova Kakhovka, Bucha, Irpin, Hostomel, Borodianka, Vasylkiv, Brovary, Okhtyrka, Volnovakha, Vuhledar, Pokrovsk, Chasiv Yar, Toretsk, Kostiantynivka, Marinka, Robotyne, Tokmak, Orikhiv, Huliaipole, Selydove, Kurakhove, Vovchansk, Balakliia, Chuhuiv, Konotop, Shostka, Bilhorod-Dnistrovskyi, Izmail, Pavlohrad, Kakhovka, Skadovsk, Henichesk, Sevastopol, Kyiv=Kiev
United Kingdom: Manchester, Birmingham, Liverpool, Glasgow, Edinburgh, Leeds, Bristol, Cardiff, Belfast, Sheffield
United States: New York=New York City/NYC, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas, San Francisco, Seattle, Boston, Miami, Atlanta, Denver, Detroit, New Orleans, Las Vegas, Baltimore, Pittsburgh, Honolulu, Lahaina, Anchorage, Minneapolis, Nashville, Portland, Austin, Uvalde, Buffalo, Tampa, Orlando
Venezuela: Maracaibo, Valencia, Barquisimeto
Vietnam: Ho Chi Minh City=Saigon, Da Nang, Haiphong, Hue
Yemen: Aden, Taiz, Hodeidah=Hudaydah, Marib, Mukalla, Saada, Ibb
Zimbabwe: Bulawayo, Mutare
`;

/**
 * Regions: provinces, oblasts, states and named areas, one country a line. A mention followed by
 * "region", "oblast" or "province" is a region even when the bare name is a city (Kherson region).
 */
export const REGION_DATA = `
Ukraine: Donbas=Donbass, Crimea, Kherson Oblast, Zaporizhzhia Oblast, Donetsk Oblast, Luhansk Oblast, Kharkiv Oblast, Kyiv Oblast, Sumy Oblast, Chernihiv Oblast, Mykolaiv Oblast, Odesa Oblast, Dnipropetrovsk Oblast, Poltava Oblast, Lviv Oblast, Zakarpattia
Russia: Belgorod Oblast, Kursk Oblast, Bryansk Oblast, Chechnya, Dagestan, Siberia, Krasnodar Krai, Rostov Oblast, Tatarstan, Bashkortostan, Yakutia
Sudan: Darfur, North Darfur, South Darfur, West Darfur, Central Darfur, East Darfur, Kordofan, North Kordofan, South Kordofan, Blue Nile, Gezira=Al Jazirah, White Nile, Red Sea State, River Nile
Syria: Idlib province, Aleppo province, Deir ez-Zor province
Ethiopia: Tigray, Amhara, Oromia, Afar, Somali Region, Benishangul-Gumuz
Israel: Negev, Golan Heights=Golan, Galilee
Lebanon: Bekaa Valley=Bekaa
Iraq: Kurdistan Region=Iraqi Kurdistan, Anbar, Nineveh, Diyala, Salahuddin
Yemen: Hadramout=Hadramawt
Afghanistan: Helmand, Panjshir, Nangarhar, Badakhshan
Pakistan: Punjab, Sindh, Khyber Pakhtunkhwa, Balochistan=Baluchistan
India: Kashmir, Jammu and Kashmir, Manipur, Kerala, Uttarakhand, Himachal Pradesh, Assam, Gujarat, Maharashtra, Odisha, Tamil Nadu, West Bengal, Bihar, Uttar Pradesh
Myanmar: Rakhine, Shan State, Kachin, Sagaing, Karen State=Kayin
Nigeria: Borno, Zamfara, Plateau State, Benue, Kaduna State, Katsina, Adamawa, Yobe
Democratic Republic of the Congo: North Kivu, South Kivu, Ituri, Kasai
Mozambique: Cabo Delgado
Somalia: Somaliland, Puntland, Jubaland
Turkey: Anatolia
Morocco: Atlas Mountains, Al Haouz
Libya: Cyrenaica, Tripolitania, Fezzan
Azerbaijan: Nagorno-Karabakh=Karabakh
Georgia: Abkhazia, South Ossetia
Moldova: Transnistria
Mali: Sahel
China: Xinjiang, Tibet, Sichuan, Hubei, Henan, Guangdong, Yunnan, Gansu
United States: California, Texas, Florida, New York State, Louisiana, Hawaii, Maui, Kentucky, North Carolina, Puerto Rico, Alaska, Oklahoma, Mississippi, Alabama
Philippines: Mindanao, Luzon
Indonesia: Sulawesi, Sumatra, Java, Aceh, Papua, Lombok
Japan: Noto Peninsula=Noto, Hokkaido, Okinawa
Italy: Sicily, Emilia-Romagna, Lombardy
Spain: Catalonia, Valencia region
`;

/** Named seas, rivers and other features that texts use to locate places. */
export const FEATURE_DATA = `
Black Sea, Sea of Azov, Azov Sea, Red Sea, Mediterranean=Mediterranean Sea, Caspian Sea, Baltic Sea, Dnipro River=Dnieper, Gulf of Aden, Persian Gulf, Arabian Sea, Nile, Euphrates, Tigris, Gaza border, Kerch Strait, Bosphorus, Strait of Hormuz
`;
