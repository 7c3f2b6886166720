/**
 * Well-known organisations as data: `Name|KIND|alias,alias|country`. International bodies, aid and
 * rights groups, news outlets and agencies of many countries, armed groups and seats of government
 * that speak as institutions ("the Kremlin said"). Organisations not listed here are still found by the
 * patterns in organizations.ts ("<Country>'s Health Ministry", "X news agency", "the city council").
 */
export const ORGANIZATION_DATA = `
United Nations|INTERNATIONAL_ORGANIZATION|UN,U.N.|
UN Security Council|INTERNATIONAL_ORGANIZATION|Security Council,UNSC|
UN General Assembly|INTERNATIONAL_ORGANIZATION|General Assembly|
UN Human Rights Office|INTERNATIONAL_ORGANIZATION|OHCHR,UN human rights office,Office of the High Commissioner for Human Rights|
UN Human Rights Monitoring Mission in Ukraine|INTERNATIONAL_ORGANIZATION|HRMMU|
UNHCR|INTERNATIONAL_ORGANIZATION|UN Refugee Agency,UN refugee agency,United Nations refugee agency,United Nations High Commissioner for Refugees,UN High Commissioner for Refugees|
UNICEF|INTERNATIONAL_ORGANIZATION|United Nations Children's Fund,UN Children's Fund,UN children's agency,United Nations children's agency|
OCHA|INTERNATIONAL_ORGANIZATION|UN Office for the Coordination of Humanitarian Affairs,Office for the Coordination of Humanitarian Affairs,UN humanitarian office|
UNRWA|INTERNATIONAL_ORGANIZATION|UN Relief and Works Agency,UN agency for Palestinian refugees,UN Palestinian refugee agency|
World Food Programme|INTERNATIONAL_ORGANIZATION|WFP,World Food Program,UN food agency,UN World Food Programme|
World Health Organization|INTERNATIONAL_ORGANIZATION|WHO,World Health Organisation,UN health agency|
International Organization for Migration|INTERNATIONAL_ORGANIZATION|IOM,UN migration agency|
International Atomic Energy Agency|INTERNATIONAL_ORGANIZATION|IAEA,UN nuclear watchdog|
International Criminal Court|INTERNATIONAL_ORGANIZATION|ICC|
International Court of Justice|INTERNATIONAL_ORGANIZATION|ICJ|
NATO|INTERNATIONAL_ORGANIZATION|North Atlantic Treaty Organization,Nato|
European Union|INTERNATIONAL_ORGANIZATION|EU,E.U.|
European Commission|INTERNATIONAL_ORGANIZATION||
European Parliament|INTERNATIONAL_ORGANIZATION||
Council of Europe|INTERNATIONAL_ORGANIZATION||
OSCE|INTERNATIONAL_ORGANIZATION|Organization for Security and Co-operation in Europe|
African Union|INTERNATIONAL_ORGANIZATION|AU|
Arab League|INTERNATIONAL_ORGANIZATION||
ECOWAS|INTERNATIONAL_ORGANIZATION|Economic Community of West African States|
IGAD|INTERNATIONAL_ORGANIZATION||
ASEAN|INTERNATIONAL_ORGANIZATION||
World Bank|INTERNATIONAL_ORGANIZATION||
International Monetary Fund|INTERNATIONAL_ORGANIZATION|IMF|
G7|INTERNATIONAL_ORGANIZATION|Group of Seven|
International Committee of the Red Cross|NGO|ICRC|
International Federation of Red Cross and Red Crescent Societies|NGO|IFRC|
Red Cross|NGO||
Red Crescent|NGO||
Palestine Red Crescent Society|NGO|Palestinian Red Crescent|
Syrian Arab Red Crescent|NGO|SARC|
Doctors Without Borders|NGO|MSF,Medecins Sans Frontieres,Médecins Sans Frontières|
Amnesty International|NGO|Amnesty|
Human Rights Watch|NGO|HRW|
Save the Children|NGO||
Oxfam|NGO||
International Rescue Committee|NGO|IRC|
Norwegian Refugee Council|NGO|NRC|
CARE International|NGO||
Syrian Observatory for Human Rights|NGO|SOHR,Britain-based Syrian Observatory|
White Helmets|NGO|Syria Civil Defence|
Armed Conflict Location and Event Data Project|NGO|ACLED|
Committee to Protect Journalists|NGO|CPJ|
Reporters Without Borders|NGO||
Airwars|NGO||
B'Tselem|NGO||
Reuters|MEDIA|Thomson Reuters|
Associated Press|MEDIA|AP|
Agence France-Presse|MEDIA|AFP|
Bloomberg|MEDIA|Bloomberg News|
BBC|MEDIA|BBC News,British Broadcasting Corporation|
CNN|MEDIA||
Al Jazeera|MEDIA|Aljazeera|
Al Arabiya|MEDIA||
Sky News|MEDIA||
Fox News|MEDIA||
NBC News|MEDIA|NBC|
CBS News|MEDIA|CBS|
ABC News|MEDIA||
NPR|MEDIA||
The New York Times|MEDIA|New York Times,NYT|
The Washington Post|MEDIA|Washington Post|
The Wall Street Journal|MEDIA|Wall Street Journal,WSJ|
The Guardian|MEDIA|Guardian|
The Times|MEDIA||
The Telegraph|MEDIA|Daily Telegraph|
The Independent|MEDIA||
Financial Times|MEDIA|FT|
The Economist|MEDIA|Economist|
Daily Mail|MEDIA||
The Mirror|MEDIA|Daily Mirror|
Politico|MEDIA||
Axios|MEDIA||
Deutsche Welle|MEDIA|DW|
Der Spiegel|MEDIA|Spiegel|
Bild|MEDIA||
Le Monde|MEDIA||
El Pais|MEDIA|El País|
Euronews|MEDIA||
France 24|MEDIA||
Anadolu Agency|MEDIA|Anadolu|
Daily Sabah|MEDIA||
Xinhua|MEDIA|Xinhua News Agency|
Kyodo News|MEDIA|Kyodo|
Yonhap|MEDIA|Yonhap News Agency|
Press Trust of India|MEDIA|PTI|
Times of India|MEDIA||
Hindustan Times|MEDIA||
NDTV|MEDIA||
The Times of Israel|MEDIA|Times of Israel|
Haaretz|MEDIA||
The Jerusalem Post|MEDIA|Jerusalem Post|
Ynet|MEDIA|Ynetnews|
WAFA|MEDIA|Wafa news agency|
IRNA|MEDIA|Islamic Republic News Agency|
Tasnim|MEDIA|Tasnim News Agency|
Fars|MEDIA|Fars News Agency|
SANA|MEDIA|Syrian Arab News Agency|
SUNA|MEDIA|Sudan News Agency|
Sudan Tribune|MEDIA||
Radio Dabanga|MEDIA||
Addis Standard|MEDIA||
RIA Novosti|MEDIA|RIA|Russia
TASS|MEDIA|Tass|Russia
Interfax|MEDIA||Russia
Interfax-Ukraine|MEDIA||Ukraine
RT|MEDIA|Russia Today|Russia
Sputnik|MEDIA||Russia
Komsomolskaya Pravda|MEDIA||Russia
Kommersant|MEDIA||Russia
Izvestia|MEDIA||Russia
Novaya Gazeta|MEDIA||Russia
Meduza|MEDIA||Russia
Mediazona|MEDIA||Russia
Ukrinform|MEDIA||Ukraine
Ukrainska Pravda|MEDIA||Ukraine
The Kyiv Independent|MEDIA|Kyiv Independent|Ukraine
Kyiv Post|MEDIA||Ukraine
Suspilne|MEDIA||Ukraine
UNIAN|MEDIA||Ukraine
Radio Free Europe/Radio Liberty|MEDIA|RFE/RL,Radio Free Europe,Radio Liberty|
Voice of America|MEDIA|VOA|
Kremlin|GOVERNMENT||Russia
White House|GOVERNMENT||United States
Pentagon|MILITARY||United States
State Department|GOVERNMENT|US State Department|United States
Downing Street|GOVERNMENT||United Kingdom
Elysee|GOVERNMENT|Élysée,Elysee Palace|France
Hamas|GROUP||Palestine
Islamic Jihad|GROUP|Palestinian Islamic Jihad|Palestine
Hezbollah|GROUP|Hizbollah|Lebanon
Houthis|GROUP|Houthi,Ansar Allah|Yemen
Taliban|GROUP||Afghanistan
Islamic State|GROUP|ISIS,ISIL,Daesh|
al-Qaeda|GROUP|Al Qaeda,al-Qaida|
al-Shabab|GROUP|Al-Shabaab,al-Shabaab|Somalia
Boko Haram|GROUP||Nigeria
Rapid Support Forces|GROUP|RSF|Sudan
Sudanese Armed Forces|MILITARY|SAF|Sudan
Wagner Group|GROUP|Wagner|Russia
Syrian Democratic Forces|GROUP|SDF|Syria
Hayat Tahrir al-Sham|GROUP|HTS|Syria
Tigray People's Liberation Front|GROUP|TPLF|Ethiopia
M23|GROUP|M23 rebels|Democratic Republic of the Congo
Israel Defense Forces|MILITARY|IDF,Israeli Defense Forces|Israel
Azov Regiment|MILITARY|Azov Battalion|Ukraine
`;
