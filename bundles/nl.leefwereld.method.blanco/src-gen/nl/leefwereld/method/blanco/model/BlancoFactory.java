/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.blanco.model.BlancoPackage
 * @generated
 */
public interface BlancoFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BlancoFactory eINSTANCE = nl.leefwereld.method.blanco.model.impl.BlancoFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Listening Notebook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Listening Notebook</em>'.
	 * @generated
	 */
	ListeningNotebook createListeningNotebook();

	/**
	 * Returns a new object of class '<em>Notebook Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Notebook Entry</em>'.
	 * @generated
	 */
	NotebookEntry createNotebookEntry();

	/**
	 * Returns a new object of class '<em>Life Film</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Life Film</em>'.
	 * @generated
	 */
	LifeFilm createLifeFilm();

	/**
	 * Returns a new object of class '<em>Film Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Film Event</em>'.
	 * @generated
	 */
	FilmEvent createFilmEvent();

	/**
	 * Returns a new object of class '<em>Network Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Person</em>'.
	 * @generated
	 */
	NetworkPerson createNetworkPerson();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	BlancoPackage getBlancoPackage();

} //BlancoFactory
