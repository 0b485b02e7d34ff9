/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.blanco.model.BlancoFactory
 * @model kind="package"
 * @generated
 */
public interface BlancoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://leefwereld.nl/method/blanco/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "blanco"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BlancoPackage eINSTANCE = nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.impl.ListeningNotebookImpl <em>Listening Notebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.impl.ListeningNotebookImpl
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getListeningNotebook()
	 * @generated
	 */
	int LISTENING_NOTEBOOK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__ID = ModelPackage.ASSESSMENT__ID;

	/**
	 * The feature id for the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__METHOD_ID = ModelPackage.ASSESSMENT__METHOD_ID;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__ASSESSOR = ModelPackage.ASSESSMENT__ASSESSOR;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__CREATED = ModelPackage.ASSESSMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__TITLE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK__ENTRIES = ModelPackage.ASSESSMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Listening Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK_FEATURE_COUNT = ModelPackage.ASSESSMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Listening Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_NOTEBOOK_OPERATION_COUNT = ModelPackage.ASSESSMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl <em>Notebook Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getNotebookEntry()
	 * @generated
	 */
	int NOTEBOOK_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__ID = ModelPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__TEXT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__KIND = ModelPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__DATE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>On Nightstand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__ON_NIGHTSTAND = ModelPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Nightstand Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__NIGHTSTAND_DATE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Brought Back Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__BROUGHT_BACK_DATE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__REASON = ModelPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY__QUOTE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Notebook Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY_FEATURE_COUNT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Notebook Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_ENTRY_OPERATION_COUNT = ModelPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.impl.LifeFilmImpl <em>Life Film</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.impl.LifeFilmImpl
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getLifeFilm()
	 * @generated
	 */
	int LIFE_FILM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__ID = ModelPackage.ASSESSMENT__ID;

	/**
	 * The feature id for the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__METHOD_ID = ModelPackage.ASSESSMENT__METHOD_ID;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__ASSESSOR = ModelPackage.ASSESSMENT__ASSESSOR;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__CREATED = ModelPackage.ASSESSMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__EVENTS = ModelPackage.ASSESSMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM__PEOPLE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Life Film</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM_FEATURE_COUNT = ModelPackage.ASSESSMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Life Film</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_FILM_OPERATION_COUNT = ModelPackage.ASSESSMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.impl.FilmEventImpl <em>Film Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.impl.FilmEventImpl
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getFilmEvent()
	 * @generated
	 */
	int FILM_EVENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT__ID = ModelPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT__WHEN = ModelPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT__DATE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT__WHAT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT__QUOTE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Film Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT_FEATURE_COUNT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Film Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILM_EVENT_OPERATION_COUNT = ModelPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl <em>Network Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getNetworkPerson()
	 * @generated
	 */
	int NETWORK_PERSON = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__ID = ModelPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__NAME = ModelPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__ROLE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__RELATION = ModelPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closeness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__CLOSENESS = ModelPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__SUPPORT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON__QUOTE = ModelPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Network Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON_FEATURE_COUNT = ModelPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Network Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PERSON_OPERATION_COUNT = ModelPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.blanco.model.EntryKind <em>Entry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.blanco.model.EntryKind
	 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getEntryKind()
	 * @generated
	 */
	int ENTRY_KIND = 5;


	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.blanco.model.ListeningNotebook <em>Listening Notebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening Notebook</em>'.
	 * @see nl.leefwereld.method.blanco.model.ListeningNotebook
	 * @generated
	 */
	EClass getListeningNotebook();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.ListeningNotebook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.leefwereld.method.blanco.model.ListeningNotebook#getTitle()
	 * @see #getListeningNotebook()
	 * @generated
	 */
	EAttribute getListeningNotebook_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leefwereld.method.blanco.model.ListeningNotebook#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see nl.leefwereld.method.blanco.model.ListeningNotebook#getEntries()
	 * @see #getListeningNotebook()
	 * @generated
	 */
	EReference getListeningNotebook_Entries();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.blanco.model.NotebookEntry <em>Notebook Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notebook Entry</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry
	 * @generated
	 */
	EClass getNotebookEntry();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getText()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_Text();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getKind()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getDate()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#isOnNightstand <em>On Nightstand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Nightstand</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#isOnNightstand()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_OnNightstand();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getNightstandDate <em>Nightstand Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nightstand Date</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getNightstandDate()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_NightstandDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getBroughtBackDate <em>Brought Back Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brought Back Date</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getBroughtBackDate()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_BroughtBackDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getReason()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NotebookEntry#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see nl.leefwereld.method.blanco.model.NotebookEntry#getQuote()
	 * @see #getNotebookEntry()
	 * @generated
	 */
	EAttribute getNotebookEntry_Quote();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.blanco.model.LifeFilm <em>Life Film</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Film</em>'.
	 * @see nl.leefwereld.method.blanco.model.LifeFilm
	 * @generated
	 */
	EClass getLifeFilm();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leefwereld.method.blanco.model.LifeFilm#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see nl.leefwereld.method.blanco.model.LifeFilm#getEvents()
	 * @see #getLifeFilm()
	 * @generated
	 */
	EReference getLifeFilm_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leefwereld.method.blanco.model.LifeFilm#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see nl.leefwereld.method.blanco.model.LifeFilm#getPeople()
	 * @see #getLifeFilm()
	 * @generated
	 */
	EReference getLifeFilm_People();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.blanco.model.FilmEvent <em>Film Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Film Event</em>'.
	 * @see nl.leefwereld.method.blanco.model.FilmEvent
	 * @generated
	 */
	EClass getFilmEvent();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When</em>'.
	 * @see nl.leefwereld.method.blanco.model.FilmEvent#getWhen()
	 * @see #getFilmEvent()
	 * @generated
	 */
	EAttribute getFilmEvent_When();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.FilmEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.leefwereld.method.blanco.model.FilmEvent#getDate()
	 * @see #getFilmEvent()
	 * @generated
	 */
	EAttribute getFilmEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhat <em>What</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What</em>'.
	 * @see nl.leefwereld.method.blanco.model.FilmEvent#getWhat()
	 * @see #getFilmEvent()
	 * @generated
	 */
	EAttribute getFilmEvent_What();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.FilmEvent#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see nl.leefwereld.method.blanco.model.FilmEvent#getQuote()
	 * @see #getFilmEvent()
	 * @generated
	 */
	EAttribute getFilmEvent_Quote();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.blanco.model.NetworkPerson <em>Network Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Person</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson
	 * @generated
	 */
	EClass getNetworkPerson();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#getName()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#getRole()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#getRelation()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Relation();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getCloseness <em>Closeness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closeness</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#getCloseness()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Closeness();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#isSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#isSupport()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Support();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see nl.leefwereld.method.blanco.model.NetworkPerson#getQuote()
	 * @see #getNetworkPerson()
	 * @generated
	 */
	EAttribute getNetworkPerson_Quote();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.blanco.model.EntryKind <em>Entry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entry Kind</em>'.
	 * @see nl.leefwereld.method.blanco.model.EntryKind
	 * @generated
	 */
	EEnum getEntryKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BlancoFactory getBlancoFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.impl.ListeningNotebookImpl <em>Listening Notebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.impl.ListeningNotebookImpl
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getListeningNotebook()
		 * @generated
		 */
		EClass LISTENING_NOTEBOOK = eINSTANCE.getListeningNotebook();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_NOTEBOOK__TITLE = eINSTANCE.getListeningNotebook_Title();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING_NOTEBOOK__ENTRIES = eINSTANCE.getListeningNotebook_Entries();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl <em>Notebook Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getNotebookEntry()
		 * @generated
		 */
		EClass NOTEBOOK_ENTRY = eINSTANCE.getNotebookEntry();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__TEXT = eINSTANCE.getNotebookEntry_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__KIND = eINSTANCE.getNotebookEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__DATE = eINSTANCE.getNotebookEntry_Date();

		/**
		 * The meta object literal for the '<em><b>On Nightstand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__ON_NIGHTSTAND = eINSTANCE.getNotebookEntry_OnNightstand();

		/**
		 * The meta object literal for the '<em><b>Nightstand Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__NIGHTSTAND_DATE = eINSTANCE.getNotebookEntry_NightstandDate();

		/**
		 * The meta object literal for the '<em><b>Brought Back Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__BROUGHT_BACK_DATE = eINSTANCE.getNotebookEntry_BroughtBackDate();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__REASON = eINSTANCE.getNotebookEntry_Reason();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK_ENTRY__QUOTE = eINSTANCE.getNotebookEntry_Quote();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.impl.LifeFilmImpl <em>Life Film</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.impl.LifeFilmImpl
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getLifeFilm()
		 * @generated
		 */
		EClass LIFE_FILM = eINSTANCE.getLifeFilm();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFE_FILM__EVENTS = eINSTANCE.getLifeFilm_Events();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFE_FILM__PEOPLE = eINSTANCE.getLifeFilm_People();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.impl.FilmEventImpl <em>Film Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.impl.FilmEventImpl
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getFilmEvent()
		 * @generated
		 */
		EClass FILM_EVENT = eINSTANCE.getFilmEvent();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILM_EVENT__WHEN = eINSTANCE.getFilmEvent_When();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILM_EVENT__DATE = eINSTANCE.getFilmEvent_Date();

		/**
		 * The meta object literal for the '<em><b>What</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILM_EVENT__WHAT = eINSTANCE.getFilmEvent_What();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILM_EVENT__QUOTE = eINSTANCE.getFilmEvent_Quote();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl <em>Network Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.impl.NetworkPersonImpl
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getNetworkPerson()
		 * @generated
		 */
		EClass NETWORK_PERSON = eINSTANCE.getNetworkPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__NAME = eINSTANCE.getNetworkPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__ROLE = eINSTANCE.getNetworkPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__RELATION = eINSTANCE.getNetworkPerson_Relation();

		/**
		 * The meta object literal for the '<em><b>Closeness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__CLOSENESS = eINSTANCE.getNetworkPerson_Closeness();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__SUPPORT = eINSTANCE.getNetworkPerson_Support();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PERSON__QUOTE = eINSTANCE.getNetworkPerson_Quote();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.blanco.model.EntryKind <em>Entry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.blanco.model.EntryKind
		 * @see nl.leefwereld.method.blanco.model.impl.BlancoPackageImpl#getEntryKind()
		 * @generated
		 */
		EEnum ENTRY_KIND = eINSTANCE.getEntryKind();

	}

} //BlancoPackage
